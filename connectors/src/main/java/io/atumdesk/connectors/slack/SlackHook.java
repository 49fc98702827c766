package io.atumdesk.connectors.slack;

import io.atumdesk.connectors.messaging.ChannelHook;
import io.atumdesk.connectors.messaging.HookRequest;
import io.atumdesk.connectors.messaging.Signatures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Checks Slack's request signature: {@code X-Slack-Signature} is {@code v0=} and the hex
 * HMAC-SHA256 of {@code v0:<X-Slack-Request-Timestamp>:<body>} keyed with the app's signing secret,
 * and the timestamp lies within five minutes of now (no replays).
 */
@Component
public class SlackHook implements ChannelHook {

  static final String CHANNEL = "slack";
  private static final Duration WINDOW = Duration.ofMinutes(5);

  private final Clock clock;

  public SlackHook(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String channel() {
    return CHANNEL;
  }

  @Override
  public boolean authentic(HookRequest request, Map<String, String> settings) {
    String secret = settings.get("signingSecret");
    String timestamp = request.header("X-Slack-Request-Timestamp");
    String signature = request.header("X-Slack-Signature");
    if (secret == null || timestamp == null || signature == null || !fresh(timestamp.strip())) {
      return false;
    }
    return Signatures.same(sign(secret, timestamp.strip(), request.body()), signature.strip());
  }

  @Override
  public Parsed parse(String account, String body) {
    return SlackPayloads.parse(account, body);
  }

  static String sign(String secret, String timestamp, String body) {
    byte[] mac =
        Signatures.hmac(
            "HmacSHA256", secret.getBytes(StandardCharsets.UTF_8), "v0:" + timestamp + ":" + body);
    return "v0=" + HexFormat.of().formatHex(mac);
  }

  private boolean fresh(String timestamp) {
    try {
      Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
      return Duration.between(sent, clock.instant()).abs().compareTo(WINDOW) <= 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
