package io.atumdesk.connectors.messaging;

import io.atumdesk.connectors.outbound.DeliveryException;
import java.util.Map;

/** Reads an account's settings, failing permanently when one is missing (an admin must fix it). */
public final class Settings {

  private Settings() {}

  public static String required(Map<String, String> settings, String name)
      throws DeliveryException {
    String value = settings == null ? null : settings.get(name);
    if (value == null || value.isBlank()) {
      throw DeliveryException.permanent("The account has no '" + name + "' setting", null);
    }
    return value;
  }

  public static String or(Map<String, String> settings, String name, String fallback) {
    String value = settings == null ? null : settings.get(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
