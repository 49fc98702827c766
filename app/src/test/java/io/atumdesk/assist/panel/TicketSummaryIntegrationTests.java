package io.atumdesk.assist.panel;

import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import io.atumdesk.Problems;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ticket summary on the API, without a local model: the conversation's central sentences from
 * the real embedding model, with who wrote them and when, the ticket's facts, and the roles.
 */
@IntegrationTest
class TicketSummaryIntegrationTests {

  private static final Logger log = LoggerFactory.getLogger(TicketSummaryIntegrationTests.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  Api customer;
  Api agent;
  String run;

  @BeforeEach
  void signIn() {
    customer = new Api(port).as("customer");
    agent = new Api(port).as("agent");
    run = Long.toString(System.nanoTime(), 36);
  }

  @Test
  void picksTheConversationsCentralSentencesInOrderWithTheirAuthors() {
    String key =
        raise(
            "VPN " + run + " drops",
            "The VPN connection drops every ten minutes since the client update. I am working from"
                + " home today. My cat likes the keyboard.");
    comment(customer, "The VPN disconnects again and again, every few minutes.", false);
    comment(agent, "Thanks for the details.", false);
    comment(agent, "The new VPN client loses its connection after the update; rollback?", true);
    comment(customer, "Lunch is at noon.", false);

    JsonNode summary = summary(key);

    assertThat(summary.path("method").asString()).isEqualTo("extractive");
    assertThat(summary.path("fallbackReason").isNull()).isTrue();
    List<String> texts = new ArrayList<>();
    List<Instant> times = new ArrayList<>();
    summary
        .path("sentences")
        .forEach(
            s -> {
              texts.add(s.path("text").asString());
              times.add(Instant.parse(s.path("at").asString()));
            });
    assertThat(texts)
        .hasSize(3)
        .contains("The VPN connection drops every ten minutes since the client update.")
        .doesNotContain("Lunch is at noon.", "My cat likes the keyboard.");
    assertThat(times).isSorted();
    assertThat(summary.path("sentences").path(0).path("author").asString()).isEqualTo("customer");
    assertThat(summary.path("text").asString()).startsWith(texts.get(0));
    JsonNode facts = summary.path("facts");
    assertThat(facts.path("status").asString()).isEqualTo("NEW");
    assertThat(facts.path("customerMessages").asInt()).isEqualTo(3);
    assertThat(facts.path("reopenCount").asInt()).isZero();
    assertThat(facts.path("waitingOn").asString()).isEqualTo("SERVICE_DESK");
    assertThat(facts.path("ageHours").asLong()).isZero();
  }

  @Test
  void aShortTicketIsItsOwnSummaryAndAnAgentsAnswerMakesItWaitOnTheCustomer() {
    String key = raise("Mouse " + run + " dead", "The mouse does not move.");
    comment(agent, "Please try another USB port.", false);

    JsonNode summary = summary(key);

    List<String> texts = new ArrayList<>();
    summary.path("sentences").forEach(s -> texts.add(s.path("text").asString()));
    assertThat(texts)
        .containsExactly(
            "Mouse " + run + " dead", "The mouse does not move.", "Please try another USB port.");
    assertThat(summary.path("sentences").path(2).path("author").asString()).isEqualTo("agent");
    assertThat(summary.path("facts").path("waitingOn").asString()).isEqualTo("CUSTOMER");
  }

  @Test
  void summarizesATwentyMessageTicketInTime() {
    String key =
        raise("Outlook " + run + " crashes", "Outlook crashes when I open a shared calendar.");
    for (int i = 0; i < 20; i++) {
      comment(
          i % 2 == 0 ? customer : agent,
          "Message "
              + i
              + ": Outlook still crashes with the shared calendar of team "
              + i
              + ". We tried repairing the profile. Next we clear the cache.",
          false);
    }
    summary(key); // the first call warms the embedding model's session

    long started = System.nanoTime();
    JsonNode summary = summary(key);
    long millis = (System.nanoTime() - started) / 1_000_000;

    log.info("Summary of a ticket with 21 messages took {} ms", millis);
    assertThat(summary.path("sentences").size()).isEqualTo(3);
    assertThat(summary.path("facts").path("customerMessages").asInt()).isEqualTo(11);
  }

  @Test
  void onlyAgentsOfTheTenantGetTheSummary() {
    String key = raise("Headset " + run + " silent", "The headset makes no sound.");

    Problems.assertProblem(customer.get("/api/v1/tickets/" + key + "/assist/summary"), 403);
    Problems.assertProblem(
        new Api(port).as("agent2").get("/api/v1/tickets/" + key + "/assist/summary"), 404);
    Problems.assertProblem(agent.get("/api/v1/tickets/INC-999999/assist/summary"), 404);
    assertThat(new Api(port).get("/api/v1/tickets/" + key + "/assist/summary").status())
        .isEqualTo(401);
  }

  private JsonNode summary(String key) {
    var response = agent.get("/api/v1/tickets/" + key + "/assist/summary");
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json();
  }

  private void comment(Api as, String body, boolean internal) {
    var added =
        as.post(
            "/api/v1/tickets/" + last + "/comments",
            "{\"body\":%s,\"internal\":%s}".formatted(JSON.writeValueAsString(body), internal));
    assertThat(added.status()).as(added.toString()).isBetween(200, 204);
  }

  private String last;

  private String raise(String subject, String description) {
    var raised =
        customer.post(
            "/api/v1/tickets",
            """
            {"type": "INCIDENT", "subject": %s, "description": %s, "impact": "LOW",
             "urgency": "LOW", "category": "network"}
            """
                .formatted(JSON.writeValueAsString(subject), JSON.writeValueAsString(description)));
    assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
    last = raised.field("key");
    return last;
  }
}
