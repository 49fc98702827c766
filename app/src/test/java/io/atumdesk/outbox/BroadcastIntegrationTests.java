package io.atumdesk.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.atumdesk.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import io.atumdesk.TwilioStandIn;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A broadcast by SMS through Twilio's Messages API (WireMock in its place, with its documented
 * request and answer): each recipient is one outbox message, due at the account's pace, sent as it
 * comes due, and counted on the broadcast; a second broadcast on the account queues behind it.
 */
@IntegrationTest
class BroadcastIntegrationTests {

  @RegisterExtension
  static WireMockExtension twilio =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L);

  @LocalServerPort int port;
  @Autowired OutboxDispatcher dispatcher;
  @Autowired JdbcTemplate jdbc;
  Api agent;
  String account;
  String messages; // Twilio's Messages resource of this test's own account

  @BeforeEach
  void twilioAccount() {
    agent = new Api(port).as("agent");
    account = "alerts-" + RUN + "-" + System.nanoTime() % 100_000;
    messages = TwilioStandIn.account(port, twilio, account, 2);
  }

  @Test
  void sendsEachRecipientOnceAtTheAccountsPace() {
    var sent =
        agent.post(
            "/api/v1/broadcasts",
            broadcast(List.of(phone(1), phone(2), phone(3), phone(1), " "), "Mail is down."));

    assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
    long id = sent.json().path("id").asLong();
    assertThat(sent.header("Location")).isEqualTo("/api/v1/broadcasts/" + id);
    assertThat(sent.json().path("recipients").asInt()).isEqualTo(3);
    assertThat(sent.json().path("messages").path("PENDING").asLong()).isEqualTo(3);
    List<Instant> due = dueTimes(id);
    assertThat(Duration.between(due.get(0), due.get(1))).isEqualTo(Duration.ofMillis(500));
    assertThat(Duration.between(due.get(1), due.get(2))).isEqualTo(Duration.ofMillis(500));
    assertThat(Instant.parse(sent.field("expectedEnd"))).isEqualTo(due.get(2));

    dispatcher.dispatchDue(due.get(0));
    twilio.verify(1, postRequestedFor(urlEqualTo(messages)));
    assertThat(progress(id).path("SENT").asLong()).isEqualTo(1);

    dispatcher.dispatchDue(due.get(2));
    twilio.verify(3, postRequestedFor(urlEqualTo(messages)));
    for (int i = 1; i <= 3; i++) {
      twilio.verify(
          postRequestedFor(urlEqualTo(messages))
              .withRequestBody(containing("To=%2B" + phone(i).substring(1)))
              .withRequestBody(containing("Body=Mail+is+down.")));
    }
    JsonNode done = progress(id);
    assertThat(done.path("SENT").asLong()).isEqualTo(3);
    assertThat(done.path("PENDING").asLong()).isZero();
  }

  @Test
  void aSecondBroadcastOnTheAccountQueuesBehindTheFirst() {
    long first =
        agent
            .post(
                "/api/v1/broadcasts",
                broadcast(List.of(phone(4), phone(5), phone(6), phone(7)), "First"))
            .json()
            .path("id")
            .asLong();
    long second =
        agent
            .post("/api/v1/broadcasts", broadcast(List.of(phone(8)), "Second"))
            .json()
            .path("id")
            .asLong();

    // Its first slot follows the first broadcast's last (later only if this test ran that long).
    assertThat(dueTimes(second).get(0))
        .isAfterOrEqualTo(dueTimes(first).get(3).plus(Duration.ofMillis(500)));
  }

  @Test
  void refusesWhatCannotBeSentNamingEachField() {
    var refused =
        agent.post(
            "/api/v1/broadcasts",
            """
            {"channel": "sms", "account": "no-such-account", "text": " ",
             "recipients": ["+15550100", "0171 5551234", "call me"]}
            """);

    assertProblem(refused, 400);
    assertThat(refused.text())
        .contains("account", "text", "0171 5551234", "call me", "E.164")
        .doesNotContain("+15550100\"");
    assertProblem(
        agent.post(
            "/api/v1/broadcasts",
            "{\"channel\":\"fax\",\"account\":\"x\",\"text\":\"t\",\"recipients\":[\"1\"]}"),
        400);
    String tooLong = "a".repeat(320) + "@example.org";
    assertProblem(
        agent.post(
            "/api/v1/broadcasts",
            "{\"channel\":\"email\",\"account\":\"x\",\"text\":\"t\",\"recipients\":[\"%s\"]}"
                .formatted(tooLong)),
        400);
    assertProblem(
        new Api(port).as("customer").post("/api/v1/broadcasts", broadcast(List.of(phone(9)), "t")),
        403);
  }

  @Test
  void anotherTenantsBroadcastIsNotFound() {
    long id =
        agent
            .post("/api/v1/broadcasts", broadcast(List.of(phone(1)), "Ours"))
            .json()
            .path("id")
            .asLong();

    assertProblem(new Api(port).as("agent2").get("/api/v1/broadcasts/" + id), 404);
  }

  private String broadcast(List<String> recipients, String text) {
    String list = String.join(",", recipients.stream().map(r -> "\"" + r + "\"").toList());
    return "{\"channel\":\"sms\",\"account\":\"%s\",\"recipients\":[%s],\"text\":\"%s\"}"
        .formatted(account, list, text);
  }

  private JsonNode progress(long id) {
    return agent.get("/api/v1/broadcasts/" + id).json().path("messages");
  }

  private List<Instant> dueTimes(long broadcast) {
    return jdbc
        .queryForList(
            "select next_attempt_at from outbox_message where broadcast_id = ? order by id",
            OffsetDateTime.class,
            broadcast)
        .stream()
        .map(OffsetDateTime::toInstant)
        .toList();
  }

  private static String phone(int n) {
    return "+1555" + String.format("%07d", (Long.parseLong(RUN) % 100_000) * 10 + n);
  }
}
