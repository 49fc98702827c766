package io.atumdesk.connectors.teams;

import io.atumdesk.connectors.InboundMessage;
import io.atumdesk.connectors.messaging.ChannelHook;
import io.atumdesk.connectors.messaging.HookRequest;
import io.atumdesk.connectors.messaging.HookResult;
import io.atumdesk.connectors.messaging.Signatures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Teams outgoing webhook: {@code Authorization: HMAC <Base64 HMAC-SHA256 of the body>}, keyed
 * with the Base64-decoded security token Teams showed when the webhook was made. The Activity's
 * conversation id (with {@code ;messageid=} of the thread's first post) is the thread. Teams waits
 * five seconds for the synchronous answer, so we only acknowledge.
 */
@Component
public class TeamsHook implements ChannelHook {

  static final String CHANNEL = "teams";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Clock clock;

  public TeamsHook(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String channel() {
    return CHANNEL;
  }

  @Override
  public boolean authentic(HookRequest request, Map<String, String> settings) {
    String token = settings.get("securityToken");
    String presented = request.header("Authorization");
    if (token == null || presented == null) {
      return false;
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(token.strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    String expected =
        "HMAC "
            + Base64.getEncoder()
                .encodeToString(Signatures.hmac("HmacSHA256", key, request.body()));
    return Signatures.same(expected, presented.strip());
  }

  @Override
  public Parsed parse(String account, String body) {
    JsonNode activity;
    try {
      activity = JSON.readTree(body);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "the Teams activity is not JSON: " + e.getOriginalMessage());
    }
    if (!activity.path("type").asString("").equals("message")) {
      return new Parsed(List.of(), acknowledgement("Only messages are taken."));
    }
    JsonNode from = activity.path("from");
    String sender = from.path("aadObjectId").asString(from.path("id").asString(null));
    String conversation = activity.path("conversation").path("id").asString(null);
    String id = activity.path("id").asString(null);
    if (sender == null || conversation == null || id == null) {
      throw new IllegalArgumentException("the Teams activity has no id, from or conversation");
    }
    InboundMessage message =
        new InboundMessage(
            CHANNEL,
            sender,
            from.path("name").asString(null),
            account,
            id,
            null,
            List.of(conversation),
            null,
            withoutMentions(activity.path("text").asString("")),
            null,
            List.of(),
            timestamp(activity),
            Map.of(InboundMessage.REPLY_ADDRESS, conversation),
            body.getBytes(StandardCharsets.UTF_8));
    return new Parsed(List.of(message), acknowledgement("Thanks, we have your message."));
  }

  private Instant timestamp(JsonNode activity) {
    try {
      return Instant.parse(activity.path("timestamp").asString(""));
    } catch (DateTimeParseException e) {
      return clock.instant();
    }
  }

  /** The webhook is called by @mentioning it; the mention is not part of what was said. */
  static String withoutMentions(String text) {
    return text.replaceAll("<at>[^<]*</at>", "").replaceAll("<[^>]+>", "").strip();
  }

  private static HookResult acknowledgement(String text) {
    return HookResult.ok(
        "application/json",
        JSON.createObjectNode().put("type", "message").put("text", text).toString());
  }
}
