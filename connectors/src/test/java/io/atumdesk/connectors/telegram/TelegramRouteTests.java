package io.atumdesk.connectors.telegram;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.atumdesk.connectors.InboundMessage;
import io.atumdesk.connectors.messaging.HookRequest;
import io.atumdesk.connectors.messaging.HookResult;
import io.atumdesk.connectors.messaging.MessagingFixture;
import io.atumdesk.connectors.outbound.DeliveryException;
import io.atumdesk.connectors.outbound.OutboundMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Telegram's routes with the Bot API's formats: an Update with a Message (and one replying to
 * another), the secret-token header of setWebhook, and sendMessage answered by WireMock with the
 * Bot API's {@code ok}/{@code result} and {@code error_code}/{@code description} objects.
 */
class TelegramRouteTests {

  @RegisterExtension
  static WireMockExtension telegram =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String BOT_TOKEN = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11";
  private static final String SEND = "/bot" + BOT_TOKEN + "/sendMessage";
  private static final String UPDATE =
      """
      {"update_id":10000,
       "message":{"message_id":1365,"date":1441645532,
        "from":{"id":1111111,"is_bot":false,"first_name":"Test","last_name":"Lastname",
                "username":"Testusername","language_code":"en"},
        "chat":{"id":1111111,"first_name":"Test","last_name":"Lastname",
                "username":"Testusername","type":"private"},
        "text":"My VPN drops every hour"}}
      """;
  private static final String REPLY =
      """
      {"update_id":10001,
       "message":{"message_id":1367,"date":1441645600,
        "from":{"id":1111111,"is_bot":false,"first_name":"Test","last_name":"Lastname"},
        "chat":{"id":1111111,"type":"private"},
        "reply_to_message":{"message_id":1366,"date":1441645550,
          "from":{"id":5555555,"is_bot":true,"first_name":"Desk"},
          "chat":{"id":1111111,"type":"private"},"text":"Which VPN client?"},
        "text":"The built-in one"}}
      """;

  private MessagingFixture routes;
  private TelegramTransport transport;

  @BeforeEach
  void startRoutes() throws Exception {
    TelegramHook hook = new TelegramHook();
    routes =
        new MessagingFixture(hook, h -> new TelegramRoutes(hook, h), new TelegramOutboundRoute());
    transport = new TelegramTransport(routes.producer);
  }

  @AfterEach
  void stopRoutes() {
    routes.close();
  }

  @Test
  void takesAnUpdateWithTheRightSecretToken() {
    HookResult result = receive(UPDATE, "webhook-secret_1");

    assertThat(result.status()).isEqualTo(200);
    InboundMessage message = routes.received.get(0);
    assertThat(message.senderAddress()).isEqualTo("1111111");
    assertThat(message.senderName()).isEqualTo("Test Lastname");
    assertThat(message.messageId()).isEqualTo("1111111:1365");
    assertThat(message.inReplyTo()).isNull();
    assertThat(message.references()).containsExactly("chat:1111111");
    assertThat(message.header(InboundMessage.REPLY_ADDRESS)).isEqualTo("1111111");
    assertThat(message.header(InboundMessage.REPLY_THREAD)).isEqualTo("1365");
  }

  @Test
  void aReplyNamesTheMessageItAnswers() {
    receive(REPLY, "webhook-secret_1");

    assertThat(routes.received.get(0).inReplyTo()).isEqualTo("1111111:1366");
  }

  @Test
  void refusesAWrongOrMissingSecretToken() {
    assertThat(receive(UPDATE, "guess").status()).isEqualTo(401);
    assertThat(receive(UPDATE, null).status()).isEqualTo(401);
    assertThat(routes.received).isEmpty();
  }

  @Test
  void ignoresUpdatesFromBots() {
    receive(UPDATE.replace("\"is_bot\":false", "\"is_bot\":true"), "webhook-secret_1");

    assertThat(routes.received).isEmpty();
  }

  @Test
  void sendsAReplyToTheCustomersMessage() throws Exception {
    telegram.stubFor(
        post(urlEqualTo(SEND))
            .willReturn(
                okJson(
                    """
                    {"ok":true,"result":{"message_id":1368,"date":1441645700,
                     "from":{"id":5555555,"is_bot":true,"first_name":"Desk"},
                     "chat":{"id":1111111,"type":"private"},"text":"Please update the client"}}
                    """)));

    String id = transport.send(message("1367"), settings());

    assertThat(id).isEqualTo("1368");
    telegram.verify(
        postRequestedFor(urlEqualTo(SEND))
            .withRequestBody(
                equalToJson(
                    """
                    {"chat_id":"1111111","text":"Please update the client",
                     "reply_parameters":{"message_id":1367,"allow_sending_without_reply":true}}
                    """)));
  }

  @Test
  void mapsTelegramsErrorsToPermanentOrTemporary() {
    assertThat(
            failureOn(
                    400,
                    "{\"ok\":false,\"error_code\":400,"
                        + "\"description\":\"Bad Request: chat not found\"}")
                .permanent())
        .isTrue();
    assertThat(
            failureOn(
                    403,
                    "{\"ok\":false,\"error_code\":403,"
                        + "\"description\":\"Forbidden: bot was blocked by the user\"}")
                .permanent())
        .isTrue();
    assertThat(
            failureOn(
                    401, "{\"ok\":false,\"error_code\":401," + "\"description\":\"Unauthorized\"}")
                .permanent())
        .isTrue();
    DeliveryException limited =
        failureOn(
            429,
            "{\"ok\":false,\"error_code\":429,"
                + "\"description\":\"Too Many Requests: retry after 7\",\"parameters\":{\"retry_after\":7}}");
    assertThat(limited.permanent()).isFalse();
    assertThat(limited.retryAfter()).contains(Duration.ofSeconds(7));
  }

  private DeliveryException failureOn(int status, String body) {
    telegram.resetAll();
    telegram.stubFor(
        post(urlEqualTo(SEND)).willReturn(aResponse().withStatus(status).withBody(body)));
    return catchThrowableOfType(
        DeliveryException.class, () -> transport.send(message(null), settings()));
  }

  private Map<String, String> settings() {
    return Map.of("botToken", BOT_TOKEN, "apiBaseUrl", telegram.baseUrl());
  }

  private static OutboundMessage message(String replyTo) {
    return new OutboundMessage(
        "telegram",
        "bot",
        "1111111",
        replyTo,
        null,
        "Please update the client",
        null,
        Map.of(),
        List.of());
  }

  private HookResult receive(String body, String secret) {
    Map<String, String> headers =
        secret == null ? Map.of() : Map.of("x-telegram-bot-api-secret-token", secret);
    return routes.intake.receive(
        "acme",
        "telegram",
        "bot",
        Map.of("secretToken", "webhook-secret_1", "botToken", BOT_TOKEN),
        new HookRequest("https://desk.example/api/v1/hooks/telegram/k", headers, body));
  }
}
