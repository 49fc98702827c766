package io.atumdesk.connectors.telegram;

import io.atumdesk.connectors.messaging.ChannelApi;
import io.atumdesk.connectors.messaging.ProviderApi;
import io.atumdesk.connectors.messaging.Settings;
import io.atumdesk.connectors.outbound.DeliveryException;
import io.atumdesk.connectors.outbound.OutboundMessage;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code sendMessage} ({@code /bot<token>/sendMessage}) with {@code chat_id}, {@code text} and, for
 * a reply, {@code reply_parameters}. Errors come as {@code {"ok":false,"error_code",
 * "description"}}: 429 waits {@code parameters.retry_after}, 401/400/403 (a revoked token, an
 * unknown chat, a bot the user blocked) are permanent.
 */
class TelegramApi implements ChannelApi {

  static final String DEFAULT_BASE = "https://api.telegram.org";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  public String send(OutboundMessage message, Map<String, String> settings)
      throws DeliveryException {
    var body =
        JSON.createObjectNode().put("chat_id", message.recipient()).put("text", text(message));
    if (message.threadReference() != null) {
      body.putObject("reply_parameters")
          .put("message_id", Long.parseLong(message.threadReference()))
          .put("allow_sending_without_reply", true);
    }
    String path = "/bot" + Settings.required(settings, "botToken") + "/sendMessage";
    var answer =
        ProviderApi.call(
            HttpRequest.newBuilder(
                    ProviderApi.uri(Settings.or(settings, "apiBaseUrl", DEFAULT_BASE), path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    JsonNode result = JSON.readTree(answer.body());
    if (result.path("ok").asBoolean(false)) {
      return result.path("result").path("message_id").asString();
    }
    int code = result.path("error_code").asInt(answer.status());
    String reason =
        "Telegram refused the message (%d): %s"
            .formatted(code, result.path("description").asString("no description"));
    if (code == 429) {
      long wait = result.path("parameters").path("retry_after").asLong(0);
      throw wait > 0
          ? DeliveryException.retryAfter(reason, Duration.ofSeconds(wait))
          : DeliveryException.temporary(reason, null);
    }
    throw DeliveryException.permanent(reason, null);
  }

  private static String text(OutboundMessage message) {
    return message.subject() == null || message.threadReference() != null
        ? message.text()
        : message.subject() + "\n\n" + message.text();
  }
}
