package io.atumdesk.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.atumdesk.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Outbound webhooks end to end: an admin subscribes a WireMock receiver (on loopback, which the
 * test settings allow), tickets change over the API, and the sender delivers, retries and gives up
 * as the receiver answers; targets inside the network are refused when saved.
 */
@IntegrationTest
class WebhookSubscriptionIntegrationTests {

  @RegisterExtension
  static WireMockExtension receiver =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String INCIDENT =
      "{\"type\":\"INCIDENT\",\"subject\":\"%s\",\"impact\":\"LOW\",\"urgency\":\"LOW\"}";

  @LocalServerPort int port;
  @Autowired DeliverySender sender;
  Api admin;
  Api agent;
  final List<String> subscriptions = new ArrayList<>();

  @BeforeEach
  void clients() {
    admin = new Api(port).as("admin");
    agent = new Api(port).as("agent");
  }

  @AfterEach
  void unsubscribe() {
    subscriptions.forEach(id -> admin.delete("/api/v1/webhooks/subscriptions/" + id));
  }

  JsonNode subscribe(String path, String... events) {
    String list = String.join("\",\"", events);
    var created =
        admin.post(
            "/api/v1/webhooks/subscriptions",
            "{\"name\":\"receiver\",\"url\":\"http://127.0.0.1:%d%s\",\"events\":[\"%s\"]}"
                .formatted(receiver.getPort(), path, list));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    subscriptions.add(created.field("id"));
    return created.json();
  }

  String raise(Api as, String subject) {
    var raised = as.post("/api/v1/tickets", INCIDENT.formatted(subject));
    assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
    return raised.field("key");
  }

  List<JsonNode> deliveries(String subscriptionId) {
    List<JsonNode> found = new ArrayList<>();
    admin
        .get("/api/v1/webhooks/deliveries")
        .json()
        .forEach(
            d -> {
              if (d.path("subscriptionId").asString().equals(subscriptionId)) {
                found.add(d);
              }
            });
    return found;
  }

  static String hmac(String secret, String message) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aRaisedTicketReachesTheSubscriberSignedWithItsSecret() throws Exception {
    receiver.stubFor(post("/raised").willReturn(aResponse().withStatus(200).withBody("thanks")));
    JsonNode subscription = subscribe("/raised", "ticket.raised");
    String secret = subscription.path("secret").asString();
    assertThat(secret).startsWith("whsec_");
    assertThat(admin.get("/api/v1/webhooks/subscriptions/" + subscription.path("id")).text())
        .doesNotContain(secret);

    String key = raise(agent, "Webhook raised");
    sender.sendDue(Instant.now());

    LoggedRequest request = receiver.findAll(postRequestedFor(urlEqualTo("/raised"))).get(0);
    String body = request.getBodyAsString();
    JsonNode event = JSON.readTree(body);
    assertThat(event.path("type").asString()).isEqualTo("ticket.raised");
    assertThat(event.path("tenant").asString()).isEqualTo("acme");
    assertThat(event.path("data").path("key").asString()).isEqualTo(key);
    assertThat(event.path("data").path("subject").asString()).isEqualTo("Webhook raised");
    assertThat(request.getHeader("X-Atum-Event")).isEqualTo("ticket.raised");
    String[] parts = request.getHeader("X-Atum-Signature").split(",");
    String t = parts[0].substring("t=".length());
    assertThat(Math.abs(Long.parseLong(t) - Instant.now().getEpochSecond())).isLessThan(60);
    assertThat(parts[1]).isEqualTo("v1=" + hmac(secret, t + "." + body));
    JsonNode logged = deliveries(subscription.path("id").asString()).get(0);
    assertThat(logged.path("deliveryId").asString())
        .isEqualTo(request.getHeader("X-Atum-Delivery"));
    assertThat(logged.path("status").asString()).isEqualTo("DELIVERED");
    assertThat(logged.path("responseStatus").asInt()).isEqualTo(200);
    assertThat(logged.path("responseBody").asString()).isEqualTo("thanks");
    assertThat(logged.path("attempts").asInt()).isEqualTo(1);
  }

  @Test
  void aServerErrorIsTriedAgainLaterAndThenDelivered() {
    receiver.stubFor(
        post("/flaky")
            .inScenario("flaky")
            .whenScenarioStateIs(STARTED)
            .willReturn(aResponse().withStatus(500))
            .willSetStateTo("up"));
    receiver.stubFor(
        post("/flaky").inScenario("flaky").whenScenarioStateIs("up").willReturn(aResponse()));
    String id = subscribe("/flaky", "ticket.raised").path("id").asString();
    raise(agent, "Flaky receiver");

    sender.sendDue(Instant.now());
    JsonNode first = deliveries(id).get(0);
    assertThat(first.path("status").asString()).isEqualTo("PENDING");
    assertThat(first.path("responseStatus").asInt()).isEqualTo(500);

    sender.sendDue(Instant.now().plus(Duration.ofMinutes(1)));

    JsonNode second = deliveries(id).get(0);
    assertThat(second.path("status").asString()).isEqualTo("DELIVERED");
    assertThat(second.path("attempts").asInt()).isEqualTo(2);
    receiver.verify(2, postRequestedFor(urlEqualTo("/flaky")));
  }

  @Test
  void aClientErrorIsADeadLetterAtOnceThatAnAdminMaySendAgain() {
    receiver.stubFor(post("/refusing").willReturn(aResponse().withStatus(400)));
    String id = subscribe("/refusing", "ticket.raised").path("id").asString();
    raise(agent, "Refusing receiver");

    sender.sendDue(Instant.now());

    JsonNode dead = deliveries(id).get(0);
    assertThat(dead.path("status").asString()).isEqualTo("DEAD");
    assertThat(dead.path("attempts").asInt()).isEqualTo(1);
    assertThat(dead.path("lastError").asString()).contains("400");
    assertThat(admin.get("/api/v1/webhooks/deliveries?status=dead").text())
        .contains(dead.path("deliveryId").asString());
    assertProblem(agent.post("/api/v1/webhooks/deliveries/" + dead.path("id") + "/retry", ""), 403);

    receiver.stubFor(post("/refusing").willReturn(aResponse().withStatus(202)));
    var retried = admin.post("/api/v1/webhooks/deliveries/" + dead.path("id") + "/retry", "");
    assertThat(retried.field("status")).isEqualTo("PENDING");
    sender.sendDue(Instant.now());

    assertThat(deliveries(id).get(0).path("status").asString()).isEqualTo("DELIVERED");
    assertProblem(admin.post("/api/v1/webhooks/deliveries/" + dead.path("id") + "/retry", ""), 409);
  }

  @Test
  void onlyPublicRepliesAreAnnouncedNeverInternalNotes() throws Exception {
    receiver.stubFor(post("/comments").willReturn(aResponse()));
    subscribe("/comments", "ticket.commented");
    String key = raise(new Api(port).as("customer"), "Commented ticket");
    agent.post(
        "/api/v1/tickets/" + key + "/comments", "{\"body\":\"secret note\",\"internal\":true}");
    agent.post("/api/v1/tickets/" + key + "/comments", "{\"body\":\"We are on it\"}");

    sender.sendDue(Instant.now());

    var received = receiver.findAll(postRequestedFor(urlEqualTo("/comments")));
    assertThat(received).hasSize(1);
    JsonNode event = JSON.readTree(received.get(0).getBodyAsString());
    assertThat(event.path("type").asString()).isEqualTo("ticket.commented");
    assertThat(event.path("data").path("author").asString()).isEqualTo("agent");
    assertThat(received.get(0).getBodyAsString()).doesNotContain("secret note");
  }

  @Test
  void anotherTenantsTicketsNeverReachThisTenantsSubscribers() {
    receiver.stubFor(post("/acme-only").willReturn(aResponse()));
    String id = subscribe("/acme-only", "ticket.raised").path("id").asString();

    raise(new Api(port).as("agent2"), "Globex ticket");
    sender.sendDue(Instant.now());

    assertThat(deliveries(id)).isEmpty();
    receiver.verify(0, postRequestedFor(urlEqualTo("/acme-only")));
    assertProblem(new Api(port).as("agent2").get("/api/v1/webhooks/subscriptions/" + id), 403);
    assertProblem(agent.get("/api/v1/webhooks/subscriptions"), 403);
  }

  @Test
  void targetsInsideTheNetworkAreRefusedWhenSavedNamingTheAddress() {
    var privateTarget =
        admin.post(
            "/api/v1/webhooks/subscriptions",
            "{\"name\":\"x\",\"url\":\"http://10.1.2.3/hook\",\"events\":[\"ticket.raised\"]}");
    var metadata =
        admin.post(
            "/api/v1/webhooks/subscriptions",
            "{\"name\":\"x\",\"url\":\"http://169.254.169.254/latest/meta-data\","
                + "\"events\":[\"ticket.raised\"]}");
    // Loopback is allowed for the tests as 127.0.0.1 only; by default it is refused like this.
    var loopback =
        admin.post(
            "/api/v1/webhooks/subscriptions",
            "{\"name\":\"x\",\"url\":\"http://[::1]:%d/\",\"events\":[\"ticket.raised\"]}"
                .formatted(receiver.getPort()));
    var scheme =
        admin.post(
            "/api/v1/webhooks/subscriptions",
            "{\"name\":\"x\",\"url\":\"file:///etc/passwd\",\"events\":[\"ticket.raised\"]}");
    var event =
        admin.post(
            "/api/v1/webhooks/subscriptions",
            "{\"name\":\"x\",\"url\":\"http://127.0.0.1:%d/\",\"events\":[\"ticket.exploded\"]}"
                .formatted(receiver.getPort()));

    assertProblem(privateTarget, 400);
    assertThat(privateTarget.text()).contains("10.1.2.3, a private address");
    assertProblem(metadata, 400);
    assertThat(metadata.text()).contains("169.254.169.254, a link-local address");
    assertProblem(loopback, 400);
    assertThat(loopback.text()).contains("a loopback address");
    assertProblem(scheme, 400);
    assertThat(scheme.text()).contains("only http and https");
    assertProblem(event, 400);
    assertThat(event.text()).contains("'ticket.exploded' is not one of");
    assertThat(admin.get("/api/v1/webhooks/subscriptions").text()).doesNotContain("10.1.2.3");
  }
}
