package io.atumdesk.chat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Short-lived signed tickets that open a visitor's event stream. A browser's EventSource cannot
 * send an Authorization header, and the bearer token must not travel in a URL (logs, history); so
 * the widget trades its token for a ticket naming the conversation and an expiry, signed with
 * HMAC-SHA256 under a key that lives only in this node's memory.
 */
@Component
class StreamTickets {

  private final byte[] key = Base64.getUrlDecoder().decode(Secrets.random(32));
  private final ChatProperties properties;
  private final Clock clock;

  StreamTickets(ChatProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
  }

  String issue(String conversationId) {
    long expires = clock.instant().plus(properties.streamTicketTtl()).getEpochSecond();
    String payload = conversationId + "." + expires;
    return payload + "." + sign(payload);
  }

  /** Whether the ticket is ours, unexpired, and for this conversation. */
  boolean valid(String ticket, String conversationId) {
    if (ticket == null) {
      return false;
    }
    int last = ticket.lastIndexOf('.');
    int first = ticket.indexOf('.');
    if (first < 0 || last <= first) {
      return false;
    }
    String payload = ticket.substring(0, last);
    boolean signed =
        MessageDigest.isEqual(
            sign(payload).getBytes(StandardCharsets.US_ASCII),
            ticket.substring(last + 1).getBytes(StandardCharsets.US_ASCII));
    if (!signed || !payload.substring(0, first).equals(conversationId)) {
      return false;
    }
    try {
      long expires = Long.parseLong(payload.substring(first + 1));
      return clock.instant().isBefore(Instant.ofEpochSecond(expires));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private String sign(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
