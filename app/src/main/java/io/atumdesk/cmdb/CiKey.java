package io.atumdesk.cmdb;

import com.fasterxml.jackson.annotation.JsonValue;
import io.atumdesk.core.NotFoundException;
import java.util.regex.Pattern;

/** A configuration item's key within its tenant, such as {@code CI-000123}. */
public record CiKey(@JsonValue String value) {

  private static final Pattern FORMAT = Pattern.compile("CI-\\d{6,}");

  public CiKey {
    if (value == null || !FORMAT.matcher(value).matches()) {
      // A malformed key can name no item: answer as for any unknown key.
      throw new NotFoundException("Configuration item", value);
    }
  }

  static CiKey of(long number) {
    return new CiKey("CI-%06d".formatted(number));
  }

  /** Whether {@code text} has the shape of a key (the import accepts keys or names). */
  static boolean looksLikeKey(String text) {
    return text != null && FORMAT.matcher(text).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
