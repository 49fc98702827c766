package io.atumdesk.connectors.webhook;

import io.atumdesk.connectors.messaging.Signatures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The one signature scheme of webhooks, out and in: {@code X-Atum-Signature: t=<unix
 * seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}, checked in constant time within a window of now.
 */
public final class WebhookSignature {

  public static final String HEADER = "X-Atum-Signature";

  private WebhookSignature() {}

  public static String header(String secret, Instant at, String body) {
    long t = at.getEpochSecond();
    return "t=" + t + ",v1=" + hmac(secret, t + "." + body);
  }

  /** Whether {@code header} signs {@code body} with {@code secret} at a time within the window. */
  public static boolean verify(
      String secret, String header, String body, Instant now, Duration window) {
    if (header == null || body == null) {
      return false;
    }
    String t = null;
    String v1 = null;
    for (String part : header.split(",")) {
      String[] pair = part.strip().split("=", 2);
      if (pair.length == 2 && pair[0].equals("t")) {
        t = pair[1];
      } else if (pair.length == 2 && pair[0].equals("v1")) {
        v1 = pair[1];
      }
    }
    if (t == null || v1 == null || !t.matches("\\d{1,12}")) {
      return false;
    }
    Instant sent = Instant.ofEpochSecond(Long.parseLong(t));
    if (Duration.between(sent, now).abs().compareTo(window) > 0) {
      return false;
    }
    return Signatures.same(hmac(secret, t + "." + body), v1);
  }

  static String hmac(String secret, String message) {
    return HexFormat.of()
        .formatHex(Signatures.hmac("HmacSHA256", secret.getBytes(StandardCharsets.UTF_8), message));
  }
}
