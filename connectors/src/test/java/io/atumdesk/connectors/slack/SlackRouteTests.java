package io.atumdesk.connectors.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToIgnoreCase;
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
import io.atumdesk.connectors.messaging.MessagingRoutes;
import io.atumdesk.connectors.outbound.DeliveryException;
import io.atumdesk.connectors.outbound.OutboundMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slack's routes with Slack's documented payloads: the signing example of "Verifying requests from
 * Slack", Events API envelopes, a slash command, and chat.postMessage answered by WireMock.
 */
class SlackRouteTests {

  @RegisterExtension
  static WireMockExtension slack =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  // Slack's own example: signing secret, timestamp, slash-command body and resulting signature.
  private static final String DOC_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private static final String DOC_TIMESTAMP = "1531420618";
  private static final String DOC_BODY =
      "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
          + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect"
          + "&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554"
          + "%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
  private static final String DOC_SIGNATURE =
      "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

  private static final String MESSAGE =
      """
      {"token":"XXYYZZ","team_id":"T123ABC456","api_app_id":"A123ABC456",
       "event":{"type":"message","channel":"C123ABC456","user":"U123ABC456",
        "text":"The printer on floor 2 is on fire","ts":"1355517523.000005",
        "event_ts":"1355517523.000005","channel_type":"channel"},
       "type":"event_callback","authed_users":["U123ABC456"],"event_id":"Ev123ABC456",
       "event_time":1355517523}
      """;
  private static final String THREAD_REPLY =
      """
      {"token":"XXYYZZ","team_id":"T123ABC456","api_app_id":"A123ABC456",
       "event":{"type":"message","channel":"C123ABC456","user":"U123ABC456",
        "text":"Still burning","ts":"1355517600.000008","thread_ts":"1355517523.000005",
        "event_ts":"1355517600.000008","channel_type":"channel"},
       "type":"event_callback","event_id":"Ev123ABC457","event_time":1355517600}
      """;
  private static final String BOT_MESSAGE =
      """
      {"token":"XXYYZZ","team_id":"T123ABC456","api_app_id":"A123ABC456",
       "event":{"type":"message","subtype":"bot_message","bot_id":"B123ABC456",
        "channel":"C123ABC456","text":"We are on it","ts":"1355517700.000009"},
       "type":"event_callback","event_id":"Ev123ABC458","event_time":1355517700}
      """;
  private static final String SECRET = "slack-signing-secret";
  private static final Map<String, String> SETTINGS =
      Map.of("signingSecret", SECRET, "botToken", "xoxb-test-token");

  private final Clock clock = Clock.fixed(Instant.ofEpochSecond(1531420618), ZoneOffset.UTC);
  private MessagingFixture routes;
  private SlackTransport transport;

  @BeforeEach
  void startRoutes() throws Exception {
    SlackHook hook = new SlackHook(clock);
    routes = new MessagingFixture(hook, h -> new SlackRoutes(hook, h), new SlackOutboundRoute());
    transport = new SlackTransport(routes.producer);
  }

  @AfterEach
  void stopRoutes() {
    routes.close();
  }

  @Test
  void acceptsSlacksDocumentedSignatureAndNothingElse() {
    SlackHook hook = new SlackHook(clock);
    Map<String, String> settings = Map.of("signingSecret", DOC_SECRET);

    assertThat(hook.authentic(request(DOC_BODY, DOC_TIMESTAMP, DOC_SIGNATURE), settings)).isTrue();
    assertThat(hook.authentic(request(DOC_BODY + "x", DOC_TIMESTAMP, DOC_SIGNATURE), settings))
        .isFalse();
    assertThat(hook.authentic(request(DOC_BODY, DOC_TIMESTAMP, null), settings)).isFalse();
    SlackHook later = new SlackHook(Clock.offset(clock, Duration.ofMinutes(6)));
    assertThat(later.authentic(request(DOC_BODY, DOC_TIMESTAMP, DOC_SIGNATURE), settings))
        .as("a replay after five minutes")
        .isFalse();
  }

  @Test
  void refusesAnUnsignedDeliveryBeforeReadingIt() {
    HookResult result =
        routes.intake.receive(
            "acme", "slack", "workspace", SETTINGS, request(MESSAGE, DOC_TIMESTAMP, "v0=00"));

    assertThat(result.status()).isEqualTo(401);
    assertThat(routes.received).isEmpty();
  }

  @Test
  void answersTheUrlVerificationChallenge() {
    String challenge =
        """
        {"token":"Jhj5dZrVaK7ZwHHjRyZWjbDl",
         "challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
         "type":"url_verification"}
        """;

    HookResult result = receive(challenge);

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.body()).isEqualTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    assertThat(routes.received).isEmpty();
  }

  @Test
  void turnsAMessageEventAndItsThreadReplyIntoMessagesOfOneThread() {
    receive(MESSAGE);
    receive(THREAD_REPLY);

    InboundMessage first = routes.received.get(0);
    InboundMessage reply = routes.received.get(1);
    assertThat(first.channel()).isEqualTo("slack");
    assertThat(first.senderAddress()).isEqualTo("U123ABC456");
    assertThat(first.messageId()).isEqualTo("C123ABC456:1355517523.000005");
    assertThat(first.inReplyTo()).isNull();
    assertThat(first.header(InboundMessage.REPLY_ADDRESS)).isEqualTo("C123ABC456");
    assertThat(first.header(InboundMessage.REPLY_THREAD)).isEqualTo("1355517523.000005");
    assertThat(reply.inReplyTo()).isEqualTo(first.messageId());
    assertThat(reply.header(InboundMessage.REPLY_THREAD)).isEqualTo("1355517523.000005");
  }

  @Test
  void ignoresBotMessagesSoOurRepliesNeverLoop() {
    assertThat(receive(BOT_MESSAGE).status()).isEqualTo(200);

    assertThat(routes.received).isEmpty();
  }

  @Test
  void raisesFromTheSlashCommand() {
    String command =
        DOC_BODY.replace("command=%2Fwebhook-collect&text=", "command=%2Fticket&text=VPN+is+down");

    HookResult result = receive(command);

    assertThat(result.contentType()).isEqualTo("application/json");
    assertThat(result.body()).contains("\"response_type\":\"ephemeral\"");
    InboundMessage message = routes.received.get(0);
    assertThat(message.subject()).isEqualTo("VPN is down");
    assertThat(message.senderAddress()).isEqualTo("U2CERLKJA");
    assertThat(message.messageId())
        .isEqualTo("command:398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");
    assertThat(message.header(InboundMessage.REPLY_ADDRESS)).isEqualTo("G8PSS9T3V");
  }

  @Test
  void keepsAPayloadThatFailsWithItsReason() {
    HookResult result = receive(MESSAGE.replace("The printer on floor 2 is on fire", "boom"));

    assertThat(result.status()).isEqualTo(400);
    assertThat(routes.quarantined)
        .singleElement()
        .asString()
        .startsWith("acme|slack:workspace|database away|");
  }

  @Test
  void outsideCamelHeadersNeverReachTheRoute() {
    Map<String, Object> headers = new HashMap<>();
    headers.put(MessagingRoutes.TENANT, "acme");
    headers.put(MessagingRoutes.ACCOUNT, "workspace");
    headers.put("CamelExecCommandExecutable", "rm");
    headers.put("cAmElHttpUri", "http://attacker.invalid/");
    headers.put("CAMELFILENAME", "/etc/passwd");

    routes.producer.requestBodyAndHeaders(MessagingRoutes.inbound("slack"), MESSAGE, headers);

    assertThat(routes.headersSeen.get(0).keySet())
        .containsExactlyInAnyOrder(MessagingRoutes.TENANT, MessagingRoutes.ACCOUNT);
    assertThat(routes.received).hasSize(1);
  }

  @Test
  void postsARepliesInItsThreadWithTheBotToken() throws Exception {
    slack.stubFor(
        post(urlEqualTo("/api/chat.postMessage"))
            .willReturn(
                okJson(
                    """
                    {"ok":true,"channel":"C123ABC456","ts":"1503435956.000247",
                     "message":{"text":"We are on it","username":"ecto1","bot_id":"B123ABC456",
                      "type":"message","subtype":"bot_message","ts":"1503435956.000247"}}
                    """)));

    String ts = transport.send(reply("1355517523.000005"), settings());

    assertThat(ts).isEqualTo("1503435956.000247");
    slack.verify(
        postRequestedFor(urlEqualTo("/api/chat.postMessage"))
            .withHeader("Authorization", equalTo("Bearer xoxb-test-token"))
            .withHeader("Content-Type", equalToIgnoreCase("application/json; charset=utf-8"))
            .withRequestBody(
                equalToJson(
                    """
                    {"channel":"C123ABC456","text":"We are on it","thread_ts":"1355517523.000005"}
                    """)));
  }

  @Test
  void mapsSlacksErrorsToPermanentOrTemporary() {
    slackAnswers("{\"ok\":false,\"error\":\"channel_not_found\"}");
    assertThat(failure().permanent()).isTrue();
    slackAnswers("{\"ok\":false,\"error\":\"invalid_auth\"}");
    assertThat(failure().permanent()).isTrue();
    slackAnswers("{\"ok\":false,\"error\":\"ratelimited\"}");
    assertThat(failure().permanent()).isFalse();
    slackAnswers("{\"ok\":false,\"error\":\"internal_error\"}");
    assertThat(failure().permanent()).isFalse();
  }

  @Test
  void honoursRetryAfterWhenRateLimited() {
    slack.stubFor(
        post(urlEqualTo("/api/chat.postMessage"))
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "30")
                    .withBody("{\"ok\":false,\"error\":\"ratelimited\"}")));

    DeliveryException failure = failure();

    assertThat(failure.permanent()).isFalse();
    assertThat(failure.retryAfter()).contains(Duration.ofSeconds(30));
  }

  private void slackAnswers(String json) {
    slack.resetAll();
    slack.stubFor(post(urlEqualTo("/api/chat.postMessage")).willReturn(okJson(json)));
  }

  private DeliveryException failure() {
    return catchThrowableOfType(
        DeliveryException.class, () -> transport.send(reply(null), settings()));
  }

  private Map<String, String> settings() {
    return Map.of("botToken", "xoxb-test-token", "apiBaseUrl", slack.baseUrl() + "/api");
  }

  private static OutboundMessage reply(String thread) {
    return new OutboundMessage(
        "slack",
        "workspace",
        "C123ABC456",
        thread,
        null,
        "We are on it",
        null,
        Map.of(),
        List.of());
  }

  private HookResult receive(String body) {
    String signature = SlackHook.sign(SECRET, DOC_TIMESTAMP, body);
    return routes.intake.receive(
        "acme", "slack", "workspace", SETTINGS, request(body, DOC_TIMESTAMP, signature));
  }

  private static HookRequest request(String body, String timestamp, String signature) {
    Map<String, String> headers = new HashMap<>();
    headers.put("x-slack-request-timestamp", timestamp);
    if (signature != null) {
      headers.put("x-slack-signature", signature);
    }
    return new HookRequest("https://desk.example/api/v1/hooks/slack/k", headers, body);
  }
}
