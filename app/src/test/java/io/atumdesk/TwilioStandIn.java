package io.atumdesk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * Twilio's Messages resource on WireMock, answering as Twilio documents (201 with the message's
 * sid), and an SMS account of tenant acme that sends to it.
 */
public final class TwilioStandIn {

  private TwilioStandIn() {}

  /** Adds the account; returns the path of its Messages resource, to verify requests against. */
  public static String account(
      int port, WireMockExtension twilio, String name, int messagesPerSecond) {
    String sid = "AC" + name.replaceAll("[^A-Za-z0-9]", "");
    String messages = "/2010-04-01/Accounts/" + sid + "/Messages.json";
    twilio.stubFor(
        post(urlEqualTo(messages))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"sid\":\"SM0123456789abcdef0123456789abcdef\",\"status\":\"queued\"}")));
    var added =
        new Api(port)
            .as("admin")
            .post(
                "/api/v1/channels/accounts",
                """
                {"channel": "sms", "name": "%s", "settings": {"accountSid": "%s",
                 "authToken": "token-%s", "fromNumber": "+15557122661",
                 "messagesPerSecond": "%d", "apiBaseUrl": "%s"}}
                """
                    .formatted(name, sid, name, messagesPerSecond, twilio.baseUrl()));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    return messages;
  }
}
