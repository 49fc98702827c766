package io.atumdesk.alert;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a source's credentials in constant time: its bearer secret, or an HMAC-SHA256 over {@code
 * timestamp + "." + body} whose timestamp (epoch seconds) lies within the window of now.
 */
final class SignatureCheck {

  private static final String BEARER = "Bearer ";
  private static final String SHA256 = "sha256=";

  private SignatureCheck() {}

  static boolean bearer(String secret, String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, 7)) {
      return false;
    }
    return same(secret, authorization.substring(BEARER.length()).strip());
  }

  static boolean signed(
      String secret, SourceCredentials presented, String body, Clock clock, Duration window) {
    if (presented.timestamp() == null || presented.signature() == null) {
      return false;
    }
    Instant sent;
    try {
      sent = Instant.ofEpochSecond(Long.parseLong(presented.timestamp().strip()));
    } catch (NumberFormatException e) {
      return false;
    }
    if (Duration.between(sent, clock.instant()).abs().compareTo(window) > 0) {
      return false;
    }
    String expected = SHA256 + sign(secret, presented.timestamp().strip() + "." + body);
    return same(expected, presented.signature().strip().toLowerCase(java.util.Locale.ROOT));
  }

  static String sign(String secret, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static boolean same(String expected, String presented) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }
}
