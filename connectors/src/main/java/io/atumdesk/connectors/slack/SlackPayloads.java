package io.atumdesk.connectors.slack;

import io.atumdesk.connectors.InboundMessage;
import io.atumdesk.connectors.messaging.ChannelHook.Parsed;
import io.atumdesk.connectors.messaging.FormBody;
import io.atumdesk.connectors.messaging.HookResult;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what Slack posts: Events API envelopes ({@code url_verification}, {@code event_callback}
 * with a {@code message} event) as JSON, slash commands as a form. Messages from bots and edits or
 * deletions ({@code bot_id}, a {@code subtype}) are not taken, so our own replies never loop.
 */
final class SlackPayloads {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> TAKEN_SUBTYPES = Set.of("thread_broadcast", "file_share");
  private static final HookResult EMPTY = HookResult.ok("text/plain", "");

  private SlackPayloads() {}

  static Parsed parse(String account, String body) {
    String trimmed = body.strip();
    return trimmed.startsWith("{") ? event(account, body) : command(account, body);
  }

  private static Parsed event(String account, String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "the Slack payload is not JSON: " + e.getOriginalMessage());
    }
    String type = root.path("type").asString("");
    if (type.equals("url_verification")) {
      return new Parsed(List.of(), HookResult.ok("text/plain", root.path("challenge").asString()));
    }
    JsonNode event = root.path("event");
    if (!type.equals("event_callback") || !event.path("type").asString("").equals("message")) {
      return new Parsed(List.of(), EMPTY);
    }
    String subtype = event.path("subtype").asString(null);
    if (event.hasNonNull("bot_id") || (subtype != null && !TAKEN_SUBTYPES.contains(subtype))) {
      return new Parsed(List.of(), EMPTY);
    }
    return new Parsed(List.of(message(account, event, body)), EMPTY);
  }

  private static InboundMessage message(String account, JsonNode event, String body) {
    String channel = required(event, "channel");
    String ts = required(event, "ts");
    String threadTs = event.path("thread_ts").asString(null);
    boolean reply = threadTs != null && !threadTs.equals(ts);
    Map<String, String> headers = new HashMap<>();
    headers.put(InboundMessage.REPLY_ADDRESS, channel);
    headers.put(InboundMessage.REPLY_THREAD, reply ? threadTs : ts);
    return new InboundMessage(
        SlackHook.CHANNEL,
        required(event, "user"),
        null,
        account,
        channel + ":" + ts,
        reply ? channel + ":" + threadTs : null,
        List.of(),
        null,
        event.path("text").asString(""),
        null,
        List.of(),
        instant(ts),
        headers,
        body.getBytes(StandardCharsets.UTF_8));
  }

  private static Parsed command(String account, String body) {
    Map<String, String> form = FormBody.parse(body);
    String text = form.getOrDefault("text", "").strip();
    if (form.get("command") == null || form.get("user_id") == null) {
      throw new IllegalArgumentException("the Slack payload is neither an event nor a command");
    }
    if (text.isEmpty()) {
      return new Parsed(
          List.of(), ephemeral("Tell me what it is about: " + form.get("command") + " <subject>"));
    }
    String trigger = form.getOrDefault("trigger_id", form.get("user_id") + ":" + text);
    InboundMessage message =
        new InboundMessage(
            SlackHook.CHANNEL,
            form.get("user_id"),
            form.get("user_name"),
            account,
            "command:" + trigger,
            null,
            List.of(),
            text,
            text,
            null,
            List.of(),
            Instant.now(),
            Map.of(InboundMessage.REPLY_ADDRESS, form.getOrDefault("channel_id", "")),
            body.getBytes(StandardCharsets.UTF_8));
    return new Parsed(List.of(message), ephemeral("Thanks, a ticket is raised: " + text));
  }

  private static HookResult ephemeral(String text) {
    var answer = JSON.createObjectNode().put("response_type", "ephemeral").put("text", text);
    return HookResult.ok("application/json", answer.toString());
  }

  private static String required(JsonNode event, String field) {
    String value = event.path(field).asString(null);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the Slack message event has no '" + field + "'");
    }
    return value;
  }

  private static Instant instant(String ts) {
    try {
      BigDecimal seconds = new BigDecimal(ts);
      return Instant.ofEpochSecond(
          seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("the Slack message has an unreadable ts " + ts);
    }
  }
}
