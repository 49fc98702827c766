package io.atumdesk.connectors.slack;

import io.atumdesk.connectors.messaging.ChannelApi;
import io.atumdesk.connectors.messaging.ProviderApi;
import io.atumdesk.connectors.messaging.Settings;
import io.atumdesk.connectors.outbound.DeliveryException;
import io.atumdesk.connectors.outbound.OutboundMessage;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code chat.postMessage} with the bot token. Slack answers 200 with {@code "ok": false} and an
 * error code: {@code ratelimited} and Slack's own failures are temporary, the rest (a revoked
 * token, an unknown channel, a missing scope) need an admin and are permanent.
 */
class SlackApi implements ChannelApi {

  static final String DEFAULT_BASE = "https://slack.com/api";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> TEMPORARY =
      Set.of(
          "ratelimited",
          "rate_limited",
          "internal_error",
          "fatal_error",
          "service_unavailable",
          "request_timeout",
          "team_added_to_org");

  @Override
  public String send(OutboundMessage message, Map<String, String> settings)
      throws DeliveryException {
    var body =
        JSON.createObjectNode().put("channel", message.recipient()).put("text", text(message));
    if (message.threadReference() != null) {
      body.put("thread_ts", message.threadReference());
    }
    var answer =
        ProviderApi.call(
            HttpRequest.newBuilder(
                    ProviderApi.uri(
                        Settings.or(settings, "apiBaseUrl", DEFAULT_BASE), "/chat.postMessage"))
                .header("Authorization", "Bearer " + Settings.required(settings, "botToken"))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    if (answer.status() == 429) {
      throw ProviderApi.rateLimited(answer.retryAfter());
    }
    JsonNode result = JSON.readTree(answer.body());
    if (result.path("ok").asBoolean(false)) {
      return result.path("ts").asString();
    }
    String error = result.path("error").asString("unknown_error");
    if (error.equals("ratelimited") || error.equals("rate_limited")) {
      throw ProviderApi.rateLimited(answer.retryAfter());
    }
    String reason = "Slack refused the message: " + error;
    throw TEMPORARY.contains(error)
        ? DeliveryException.temporary(reason, null)
        : DeliveryException.permanent(reason, null);
  }

  private static String text(OutboundMessage message) {
    return Optional.ofNullable(message.subject())
        .filter(subject -> !subject.isBlank() && message.threadReference() == null)
        .map(subject -> "*" + subject + "*\n" + message.text())
        .orElse(message.text());
  }
}
