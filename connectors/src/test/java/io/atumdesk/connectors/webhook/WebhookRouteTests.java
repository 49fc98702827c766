package io.atumdesk.connectors.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.atumdesk.connectors.webhook.WebhookOutcome.Result;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The webhook routes on a plain Camel context: outbound against WireMock as the subscriber's
 * receiver on loopback (allowed for the test), inbound with a receiver that writes down what it
 * got.
 */
class WebhookRouteTests {

  @RegisterExtension
  static WireMockExtension receiver =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final Instant NOW = Instant.parse("2026-11-28T21:00:00Z");
  static final String SECRET = "whsec-test-0123456789";
  static final String BODY =
      "{\"id\":\"e1\",\"type\":\"ticket.raised\",\"data\":{\"key\":\"INC-000001\"}}";

  /** What the host name {@code rebind.example} resolves to now (the DNS seam). */
  final AtomicReference<String> rebind = new AtomicReference<>("127.0.0.1");

  final List<MappedWebhook> received = new ArrayList<>();
  final List<String> deadLetters = new ArrayList<>();
  DefaultCamelContext camel;
  WebhookDispatch dispatch;
  WebhookIntake intake;

  @BeforeEach
  void startRoutes() throws Exception {
    HostResolver dns = host -> List.of(InetAddress.getByName(host));
    var strict = new TargetPolicy(List.of("127.0.0.1/32"), List.of(), dns);
    var ticketReceiver =
        new WebhookTicketReceiver() {
          @Override
          public IntakeOutcome receive(MappedWebhook webhook) {
            if (webhook.subject().equals("boom")) {
              throw new IllegalStateException("insert into ticket failed: database away");
            }
            received.add(webhook);
            return IntakeOutcome.raised("INC-000042");
          }

          @Override
          public void deadLetter(String sourceId, String payload, String reason) {
            deadLetters.add(sourceId + ": " + reason);
          }
        };
    camel = new DefaultCamelContext();
    camel.addRoutes(new WebhookRouteConfiguration());
    camel.addRoutes(
        new WebhookRoutes(
            new WebhookSender(strict, Clock.fixed(NOW, ZoneOffset.UTC)), ticketReceiver));
    camel.start();
    dispatch = new WebhookDispatch(camel.createProducerTemplate());
    intake = new WebhookIntake(camel.createProducerTemplate());
  }

  @AfterEach
  void stop() {
    camel.stop();
  }

  String url(String path) {
    return "http://127.0.0.1:" + receiver.getPort() + path;
  }

  WebhookOutcome send(String path) {
    return dispatch.send(new WebhookCall("d-1", "ticket.raised", url(path), SECRET, BODY));
  }

  @Test
  void postsTheBodySignedWithTheSubscriptionSecret() throws Exception {
    receiver.stubFor(post("/hook").willReturn(aResponse().withStatus(204)));

    var outcome = send("/hook");

    assertThat(outcome.result()).isEqualTo(Result.DELIVERED);
    assertThat(outcome.status()).isEqualTo(204);
    LoggedRequest request = receiver.findAll(postRequestedFor(urlEqualTo("/hook"))).get(0);
    assertThat(request.getBodyAsString()).isEqualTo(BODY);
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(request.getHeader("X-Atum-Event")).isEqualTo("ticket.raised");
    assertThat(request.getHeader("X-Atum-Delivery")).isEqualTo("d-1");
    // Verified the way a receiver would, without our own signing code.
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected =
        HexFormat.of()
            .formatHex(
                mac.doFinal((NOW.getEpochSecond() + "." + BODY).getBytes(StandardCharsets.UTF_8)));
    assertThat(request.getHeader("X-Atum-Signature"))
        .isEqualTo("t=" + NOW.getEpochSecond() + ",v1=" + expected);
  }

  @Test
  void serverErrorsTimeoutsAndRateLimitsAreWorthAnotherTry() {
    receiver.stubFor(post("/busy").willReturn(aResponse().withStatus(503).withBody("later")));
    receiver.stubFor(post("/slow-down").willReturn(aResponse().withStatus(429)));
    receiver.stubFor(post("/timeout").willReturn(aResponse().withStatus(408)));

    assertThat(send("/busy"))
        .extracting(WebhookOutcome::result, WebhookOutcome::status, WebhookOutcome::response)
        .containsExactly(Result.RETRY, 503, "later");
    assertThat(send("/slow-down").result()).isEqualTo(Result.RETRY);
    assertThat(send("/timeout").result()).isEqualTo(Result.RETRY);
  }

  @Test
  void clientErrorsAndRedirectsAreFinalAndRedirectsAreNotFollowed() {
    receiver.stubFor(post("/gone").willReturn(aResponse().withStatus(410)));
    receiver.stubFor(
        post("/moved")
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader("Location", "http://169.254.169.254/latest/meta-data")));

    assertThat(send("/gone").result()).isEqualTo(Result.PERMANENT);
    var moved = send("/moved");
    assertThat(moved.result()).isEqualTo(Result.PERMANENT);
    assertThat(moved.reason()).contains("never follow");
    receiver.verify(1, anyRequestedFor(urlEqualTo("/moved")));
  }

  @Test
  void aClosedPortIsWorthAnotherTry() {
    var outcome =
        dispatch.send(
            new WebhookCall("d-2", "ticket.raised", "http://127.0.0.1:1/hook", SECRET, BODY));

    assertThat(outcome.result()).isEqualTo(Result.RETRY);
    assertThat(outcome.reason()).startsWith("no connection");
  }

  @Test
  void theAnswerIsKeptToItsFirstTwoKilobytes() {
    receiver.stubFor(post("/chatty").willReturn(aResponse().withBody("x".repeat(10_000))));

    assertThat(send("/chatty").response()).hasSize(2048);
  }

  @Test
  void aTargetWhoseNameNowResolvesToAPrivateAddressIsRefusedAtSend() {
    receiver.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(200)));
    var call =
        new WebhookCall(
            "d-3",
            "ticket.raised",
            "http://rebind.example:" + receiver.getPort() + "/",
            SECRET,
            BODY);
    var strictOnName =
        new WebhookSender(
            new TargetPolicy(
                List.of("127.0.0.1/32"),
                List.of(),
                host -> List.of(InetAddress.getByName(rebind.get()))),
            Clock.systemUTC());
    rebind.set("10.0.0.7");

    var outcome = strictOnName.send(call);

    assertThat(outcome.result()).isEqualTo(Result.PERMANENT);
    assertThat(outcome.reason()).contains("rebind.example resolves to 10.0.0.7, a private address");
    receiver.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void camelHeadersInTheTargetOrTheAnswerSteerNothing() {
    receiver.stubFor(
        post(urlPathEqualTo("/hook"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("CamelExecCommandExecutable", "touch")
                    .withHeader("cAmElExecCommandArgs", "target/owned-by-webhook")
                    .withHeader("CamelHttpUri", "http://169.254.169.254/")));
    String path = "/hook?CamelHttpMethod=DELETE&cAmElHttpUri=http://169.254.169.254/";

    var outcome = send(path);

    assertThat(outcome.result()).isEqualTo(Result.DELIVERED);
    receiver.verify(1, postRequestedFor(urlEqualTo(path)));
    receiver.verify(1, anyRequestedFor(anyUrl()));
    assertThat(Path.of("target/owned-by-webhook")).doesNotExist();
  }

  @Test
  void inboundPayloadsAreMappedAndHeadersNeverReachTheRoute() {
    var webhook =
        new InboundWebhook(
            "crm",
            java.util.Map.of(
                "subject", "$.issue.title",
                "externalId", "$.issue.id",
                "impact", "$.issue.severity",
                "description", "$.issue.body"),
            "{\"issue\":{\"id\":7,\"title\":\"Printer on fire\",\"severity\":\"HIGH\","
                + "\"body\":\"Floor 3\"}}");

    var outcome = intake.receive(webhook);

    assertThat(outcome.ticketKey()).isEqualTo("INC-000042");
    assertThat(received)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.subject()).isEqualTo("Printer on fire");
              assertThat(m.externalId()).isEqualTo("7");
              assertThat(m.impact()).isEqualTo("HIGH");
              assertThat(m.description()).isEqualTo("Floor 3");
              assertThat(m.urgency()).isNull();
            });
  }

  @Test
  void unmappablePayloadsBecomeDeadLettersWithTheirReason() {
    var mapping = java.util.Map.of("subject", "$.title");

    var notJson = intake.receive(new InboundWebhook("crm", mapping, "<xml/>"));
    var noSubject = intake.receive(new InboundWebhook("crm", mapping, "{\"name\":\"x\"}"));
    var list = intake.receive(new InboundWebhook("crm", mapping, "{\"title\":{\"a\":1}}"));

    assertThat(notJson.deadLetterReason()).startsWith("the payload is not");
    assertThat(noSubject.deadLetterReason()).isEqualTo("the payload has no subject at $.title");
    assertThat(list.deadLetterReason()).contains("not a single value");
    assertThat(deadLetters).hasSize(3).allMatch(letter -> letter.startsWith("crm: "));
    assertThat(received).isEmpty();
  }

  @Test
  void internalFailuresAreKeptForAdminsButNotToldToTheSender() {
    var outcome =
        intake.receive(
            new InboundWebhook("crm", java.util.Map.of("subject", "$.t"), "{\"t\":\"boom\"}"));

    assertThat(outcome.deadLetterReason())
        .isEqualTo("the payload could not be handled; an admin can see why");
    assertThat(deadLetters).containsExactly("crm: insert into ticket failed: database away");
  }
}
