package io.atumdesk.connectors.teams;

import io.atumdesk.connectors.messaging.ChannelApi;
import io.atumdesk.connectors.messaging.ProviderApi;
import io.atumdesk.connectors.messaging.Settings;
import io.atumdesk.connectors.outbound.DeliveryException;
import io.atumdesk.connectors.outbound.OutboundMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Posts to the account's incoming webhook URL a message with one Adaptive Card (title and text),
 * the format both Workflows webhooks and legacy connectors accept. Such a post starts a new channel
 * message: there is no thread to continue and no id to return, so the URL's host stands for it.
 */
class TeamsApi implements ChannelApi {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  public String send(OutboundMessage message, Map<String, String> settings)
      throws DeliveryException {
    URI webhook = URI.create(Settings.required(settings, "incomingWebhookUrl"));
    var answer =
        ProviderApi.call(
            HttpRequest.newBuilder(webhook)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(card(message).toString())));
    if (answer.status() == 429) {
      throw ProviderApi.rateLimited(answer.retryAfter());
    }
    if (answer.status() / 100 != 2) {
      throw DeliveryException.permanent(
          "Teams refused the message (%d): %s"
              .formatted(answer.status(), ProviderApi.cut(answer.body())),
          null);
    }
    return "teams:" + webhook.getHost();
  }

  static ObjectNode card(OutboundMessage message) {
    ObjectNode root = JSON.createObjectNode().put("type", "message");
    ObjectNode content =
        root.putArray("attachments")
            .addObject()
            .put("contentType", "application/vnd.microsoft.card.adaptive")
            .putObject("content")
            .put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json")
            .put("type", "AdaptiveCard")
            .put("version", "1.4");
    var body = content.putArray("body");
    if (message.subject() != null && !message.subject().isBlank()) {
      body.addObject()
          .put("type", "TextBlock")
          .put("text", message.subject())
          .put("weight", "Bolder")
          .put("size", "Medium")
          .put("wrap", true);
    }
    body.addObject().put("type", "TextBlock").put("text", message.text()).put("wrap", true);
    return root;
  }
}
