package io.atumdesk.connectors.sms;

import io.atumdesk.connectors.InboundMessage;
import io.atumdesk.connectors.messaging.ChannelHook;
import io.atumdesk.connectors.messaging.FormBody;
import io.atumdesk.connectors.messaging.HookRequest;
import io.atumdesk.connectors.messaging.HookResult;
import io.atumdesk.connectors.messaging.Signatures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Twilio's messaging webhook. {@code X-Twilio-Signature} is the Base64 HMAC-SHA1, keyed with the
 * auth token, of the full URL Twilio called followed by every POST parameter, sorted by name, as
 * name and value with no separators. The URL is the account's {@code webhookUrl} when set (behind a
 * proxy the app does not see the public one), else the request's.
 */
@Component
public class SmsHook implements ChannelHook {

  static final String CHANNEL = "sms";
  static final String EMPTY_TWIML =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

  private final Clock clock;

  public SmsHook(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String channel() {
    return CHANNEL;
  }

  @Override
  public boolean authentic(HookRequest request, Map<String, String> settings) {
    String token = settings.get("authToken");
    String presented = request.header("X-Twilio-Signature");
    if (token == null || presented == null) {
      return false;
    }
    String url = settings.getOrDefault("webhookUrl", request.url());
    return Signatures.same(sign(token, url, FormBody.parse(request.body())), presented.strip());
  }

  static String sign(String authToken, String url, Map<String, String> params) {
    StringBuilder data = new StringBuilder(url);
    new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
    return Base64.getEncoder()
        .encodeToString(
            Signatures.hmac(
                "HmacSHA1", authToken.getBytes(StandardCharsets.UTF_8), data.toString()));
  }

  @Override
  public Parsed parse(String account, String body) {
    Map<String, String> form = FormBody.parse(body);
    String from = form.get("From");
    String sid = form.getOrDefault("MessageSid", form.get("SmsSid"));
    if (from == null || from.isBlank() || sid == null || sid.isBlank()) {
      throw new IllegalArgumentException("the SMS webhook has no From or MessageSid");
    }
    InboundMessage message =
        new InboundMessage(
            CHANNEL,
            from.strip(),
            null,
            account,
            sid,
            null,
            List.of(from.strip()),
            null,
            text(form),
            null,
            List.of(),
            clock.instant(),
            Map.of(InboundMessage.REPLY_ADDRESS, from.strip()),
            body.getBytes(StandardCharsets.UTF_8));
    return new Parsed(List.of(message), HookResult.ok("text/xml", EMPTY_TWIML));
  }

  /** The text, with media named by their URLs (fetching them needs the account's credentials). */
  private static String text(Map<String, String> form) {
    StringBuilder text = new StringBuilder(form.getOrDefault("Body", ""));
    int media = parseCount(form.get("NumMedia"));
    for (int i = 0; i < media; i++) {
      text.append("\n[media: ")
          .append(form.getOrDefault("MediaContentType" + i, "file"))
          .append(' ')
          .append(form.getOrDefault("MediaUrl" + i, ""))
          .append(']');
    }
    return text.toString();
  }

  private static int parseCount(String value) {
    try {
      return value == null ? 0 : Math.min(10, Integer.parseInt(value.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
