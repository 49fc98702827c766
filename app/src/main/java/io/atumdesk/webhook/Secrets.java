package io.atumdesk.webhook;

import java.security.SecureRandom;
import java.util.Base64;

/** New signing secrets: 32 random bytes, shown to the admin once and then only kept sealed. */
final class Secrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  static String generate(String prefix) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
