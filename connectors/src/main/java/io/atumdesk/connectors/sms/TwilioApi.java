package io.atumdesk.connectors.sms;

import io.atumdesk.connectors.messaging.ChannelApi;
import io.atumdesk.connectors.messaging.FormBody;
import io.atumdesk.connectors.messaging.ProviderApi;
import io.atumdesk.connectors.messaging.Settings;
import io.atumdesk.connectors.outbound.DeliveryException;
import io.atumdesk.connectors.outbound.OutboundMessage;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Twilio's Messages resource: {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json} with
 * Basic auth (sid and token) and a form of To, From and Body; 201 with the message's {@code sid}. A
 * 4xx (an invalid number, bad credentials, an unverified sender) is permanent.
 */
class TwilioApi implements ChannelApi {

  static final String DEFAULT_BASE = "https://api.twilio.com";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Override
  public String send(OutboundMessage message, Map<String, String> settings)
      throws DeliveryException {
    String sid = Settings.required(settings, "accountSid");
    String token = Settings.required(settings, "authToken");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("To", message.recipient());
    form.put("From", Settings.required(settings, "fromNumber"));
    form.put("Body", message.text());
    String basic =
        Base64.getEncoder().encodeToString((sid + ":" + token).getBytes(StandardCharsets.UTF_8));
    var answer =
        ProviderApi.call(
            HttpRequest.newBuilder(
                    ProviderApi.uri(
                        Settings.or(settings, "apiBaseUrl", DEFAULT_BASE),
                        "/2010-04-01/Accounts/" + sid + "/Messages.json"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(FormBody.encode(form))));
    if (answer.status() == 429) {
      throw ProviderApi.rateLimited(answer.retryAfter());
    }
    JsonNode result = JSON.readTree(answer.body());
    if (answer.status() / 100 == 2) {
      return result.path("sid").asString();
    }
    throw DeliveryException.permanent(
        "Twilio refused the message (%d, code %s): %s"
            .formatted(
                answer.status(),
                result.path("code").asString("?"),
                result.path("message").asString(ProviderApi.cut(answer.body()))),
        null);
  }
}
