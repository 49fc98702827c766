package io.atumdesk.connectors.telegram;

import io.atumdesk.connectors.InboundMessage;
import io.atumdesk.connectors.messaging.ChannelHook;
import io.atumdesk.connectors.messaging.HookRequest;
import io.atumdesk.connectors.messaging.HookResult;
import io.atumdesk.connectors.messaging.Signatures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Telegram's webhook. Telegram does not sign updates; it repeats the {@code secret_token} given to
 * {@code setWebhook} in {@code X-Telegram-Bot-Api-Secret-Token}. Only {@code message} updates from
 * people (not bots) become messages; a reply names the message it answers.
 */
@Component
public class TelegramHook implements ChannelHook {

  static final String CHANNEL = "telegram";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HookResult EMPTY = HookResult.ok("text/plain", "");

  @Override
  public String channel() {
    return CHANNEL;
  }

  @Override
  public boolean authentic(HookRequest request, Map<String, String> settings) {
    return Signatures.same(
        settings.get("secretToken"), request.header("X-Telegram-Bot-Api-Secret-Token"));
  }

  @Override
  public Parsed parse(String account, String body) {
    JsonNode update;
    try {
      update = JSON.readTree(body);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "the Telegram update is not JSON: " + e.getOriginalMessage());
    }
    JsonNode message = update.path("message");
    if (!message.isObject() || message.path("from").path("is_bot").asBoolean(false)) {
      return new Parsed(List.of(), EMPTY);
    }
    String chat = id(message.path("chat").path("id"), "chat.id");
    String messageId = id(message.path("message_id"), "message_id");
    JsonNode from = message.path("from");
    JsonNode replyTo = message.path("reply_to_message").path("message_id");
    Map<String, String> headers = new HashMap<>();
    headers.put(InboundMessage.REPLY_ADDRESS, chat);
    headers.put(InboundMessage.REPLY_THREAD, messageId);
    return new Parsed(
        List.of(
            new InboundMessage(
                CHANNEL,
                id(from.path("id"), "from.id"),
                name(from),
                account,
                chat + ":" + messageId,
                replyTo.isMissingNode() ? null : chat + ":" + replyTo.asString(),
                List.of("chat:" + chat),
                null,
                message.path("text").asString(message.path("caption").asString("")),
                null,
                List.of(),
                Instant.ofEpochSecond(message.path("date").asLong(0)),
                headers,
                body.getBytes(StandardCharsets.UTF_8))),
        EMPTY);
  }

  private static String id(JsonNode node, String field) {
    if (!node.isNumber() && !node.isString()) {
      throw new IllegalArgumentException("the Telegram message has no " + field);
    }
    return node.asString();
  }

  private static String name(JsonNode from) {
    String first = from.path("first_name").asString("");
    String last = from.path("last_name").asString("");
    String full = (first + " " + last).strip();
    return full.isEmpty() ? from.path("username").asString(null) : full;
  }
}
