package io.atumdesk.assist.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import io.atumdesk.Problems;
import io.atumdesk.sla.SlaCheckpoints;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The assist API on real tickets of acme: similar resolved tickets from the vector index, replies
 * per tone in the customer's language, each frustration signal moving the score, and a frustrated
 * customer reaching the SLA escalation table once.
 */
@IntegrationTest
class AgentAssistIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired CustomerFrustration frustration;
  @Autowired SlaCheckpoints checkpoints;
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
  void findsTheResolvedTwinAndSuggestsItsResolutionInEveryTone() {
    String twin =
        raise(
            "Label printer in warehouse " + run + " prints blank labels",
            "The Zebra label printer next to dock 4 feeds labels but prints nothing on them.");
    resolve(twin, "Replaced the thermal print head and recalibrated the media sensor.");
    String key =
        raise(
            "Warehouse " + run + " label printer prints empty labels",
            "Our Zebra printer at dock 4 pushes out labels, but they come out blank.");

    JsonNode assist =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> agent.get("/api/v1/tickets/" + key + "/assist").json(),
                json -> keys(json.path("similar")).contains(twin));

    JsonNode similar = assist.path("similar").path(0);
    assertThat(similar.path("key").asString()).isEqualTo(twin);
    assertThat(similar.path("resolution").asString()).startsWith("Replaced the thermal print head");
    assertThat(similar.path("similarity").asDouble()).isGreaterThan(0.6);
    assertThat(keys(assist.path("similar"))).doesNotContain(key);
    assertThat(assist.path("language").asString()).isEqualTo("en");
    assertThat(assist.path("replies").path("FORMAL").asString())
        .startsWith("Dear Chris,")
        .contains(key, "Replaced the thermal print head");
    assertThat(assist.path("replies").path("FRIENDLY").asString()).startsWith("Hi Chris,");
    assertThat(assist.path("replies").path("EMPATHETIC").asString()).contains("I am sorry");
    assertThat(assist.path("articles").isArray()).as("the knowledge module answers").isTrue();
    assertThat(assist.path("modelAvailable").asBoolean()).isFalse();
    assertThat(assist.path("open").asBoolean()).isTrue();
  }

  @Test
  void theDemosVpnIncidentQuotesItsResolvedTwin() {
    String key = null;
    for (JsonNode ticket :
        agent
            .get("/api/v1/tickets?requester=customer&text=VPN&size=100&sort=createdAt,asc")
            .json()
            .path("items")) {
      if (ticket.path("subject").asString().equals("VPN drops every few minutes")) {
        key = ticket.path("key").asString();
        break;
      }
    }
    assertThat(key).as("the demo's VPN incident").isNotNull();
    String demo = key;

    JsonNode assist =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () -> agent.get("/api/v1/tickets/" + demo + "/assist").json(),
                json -> json.path("similar").size() > 0);

    // Other tests resolve VPN tickets of their own in the shared database, so the demo's twin is
    // among the nearest, and the reply quotes whichever is nearest.
    List<String> subjects = new ArrayList<>();
    assist.path("similar").forEach(similar -> subjects.add(similar.path("subject").asString()));
    assertThat(subjects).contains("VPN disconnects every few minutes at home");
    assertThat(assist.path("replies").path("FRIENDLY").asString())
        .contains(assist.path("similar").path(0).path("resolution").asString());
  }

  @Test
  void aGermanCustomerGetsGermanReplies() {
    String key =
        raise(
            "Drucker " + run + " im Lager druckt nicht",
            "Seit heute Morgen druckt der Drucker im Lager keine Etiketten mehr, obwohl Papier"
                + " eingelegt ist und die Anzeige keinen Fehler meldet.");

    JsonNode assist = agent.get("/api/v1/tickets/" + key + "/assist").json();

    assertThat(assist.path("language").asString()).isEqualTo("de");
    assertThat(assist.path("replies").path("FORMAL").asString())
        .startsWith("Guten Tag Chris,")
        .contains(key, "Mit freundlichen Grüßen");
    assertThat(assist.path("replies").path("FRIENDLY").asString()).startsWith("Hallo Chris,");
  }

  @Test
  void angryWordingMovesTheScore() {
    String key = raise("Mail sync " + run + " broken", "Mail on my phone does not sync.");
    int calm = score(key);

    customer.post(
        "/api/v1/tickets/" + key + "/comments",
        "{\"body\":\"This is UNACCEPTABLE!!! Still not working, totally useless.\"}");

    JsonNode after = frustration(key);
    assertThat(after.path("score").asInt()).isGreaterThan(calm);
    JsonNode wording = signal(after, "WORDING");
    assertThat(wording.path("points").asInt()).isPositive();
    assertThat(wording.path("terms").toString()).contains("unacceptable", "still not", "useless");
  }

  @Test
  void aRepeatedMessageMovesTheScore() {
    String key = raise("Shared drive " + run + " gone", "The S: drive is missing since Monday.");
    String message = "{\"body\":\"Please restore access to the S: drive for the finance team.\"}";
    customer.post("/api/v1/tickets/" + key + "/comments", message);
    int once = score(key);

    customer.post("/api/v1/tickets/" + key + "/comments", message);

    JsonNode after = frustration(key);
    assertThat(after.path("score").asInt()).isGreaterThan(once);
    assertThat(signal(after, "REPETITION").path("count").asInt()).isEqualTo(1);
  }

  @Test
  void aReopeningMovesTheScore() {
    String key = raise("Monitor " + run + " flickers", "The second monitor flickers at times.");
    resolve(key, "Swapped the cable.");
    int resolved = score(key);

    JsonNode confirmation = customer.openTask(key);
    customer.post(
        "/api/v1/tasks/" + confirmation.path("id").asString() + "/complete",
        "{\"confirmation\":\"rejected\"}");

    JsonNode after = frustration(key);
    assertThat(signal(after, "REOPENED").path("count").asInt()).isEqualTo(1);
    assertThat(after.path("score").asInt()).isGreaterThan(resolved);
  }

  @Test
  void waitingForAnAnswerMovesTheScoreAndAnAnswerEndsIt() {
    String key = raise("Badge " + run + " rejected", "My badge no longer opens the side door.");
    int fresh = score(key);

    jdbc.update(
        "UPDATE ticket SET created_at = ? WHERE ticket_key = ?",
        OffsetDateTime.now(ZoneOffset.UTC).minusHours(5).minusMinutes(1),
        key);

    JsonNode waiting = frustration(key);
    assertThat(signal(waiting, "WAITING").path("count").asInt()).isEqualTo(5);
    assertThat(waiting.path("score").asInt()).isEqualTo(fresh + 5);

    agent.post("/api/v1/tickets/" + key + "/comments", "{\"body\":\"Looking into it now.\"}");
    assertThat(frustration(key).path("signals").toString()).doesNotContain("WAITING");
  }

  @Test
  void aFrustratedCustomerIsRecordedOnceAndReachesTheEscalationTable() {
    String key =
        raise(
            "VPN " + run + " keeps dropping",
            "The VPN drops every few minutes, I cannot work.",
            "HIGH",
            "HIGH");
    String angry =
        "{\"body\":\"UNACCEPTABLE!!! The VPN is STILL NOT working. This is a waste of time.\"}";
    customer.post("/api/v1/tickets/" + key + "/comments", angry);
    customer.post("/api/v1/tickets/" + key + "/comments", angry);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> timeline(key).stream().anyMatch(b -> b.startsWith("Escalation for a")));
    List<String> timeline = timeline(key);
    assertThat(timeline)
        .filteredOn(b -> b.startsWith("Customer seems frustrated: score "))
        .hasSize(1);
    assertThat(timeline)
        .contains(
            "Escalation for a frustrated customer: notify-group-lead (rules"
                + " escalate-frustrated-customer)");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification n JOIN ticket t ON t.id = n.ticket_id"
                    + " WHERE t.ticket_key = ? AND n.recipient_kind = 'GROUP_LEAD'",
                Integer.class,
                key))
        .isEqualTo(1);
    JsonNode assist = agent.get("/api/v1/tickets/" + key + "/assist").json();
    assertThat(assist.path("flagged").asBoolean()).isTrue();
    assertThat(assist.path("frustration").path("frustrated").asBoolean()).isTrue();

    // Scored again later (another message, a reopening): still one line, no second escalation.
    frustration.assess(ticketId(key));
    assertThat(timeline(key))
        .filteredOn(b -> b.startsWith("Customer seems frustrated: score "))
        .hasSize(1);

    // At the next SLA checkpoint the table hears it again, as an input next to the elapsed share.
    Instant started = Instant.parse(firstResponse(key).path("startedAt").asString());
    checkpoints.fireDue(started.plus(Duration.ofMinutes(12)));
    assertThat(timeline(key))
        .contains(
            "Escalation of first response at 75 %: notify-assignee, notify-group-lead (rules"
                + " escalate-warn-assignee, escalate-frustrated-customer)");
  }

  @Test
  void onlyAgentsOfTheTenantGetTheAssist() {
    String key = raise("Phone " + run + " dead", "Desk phone shows no dial tone.");

    Problems.assertProblem(customer.get("/api/v1/tickets/" + key + "/assist"), 403);
    Problems.assertProblem(
        new Api(port).as("agent2").get("/api/v1/tickets/" + key + "/assist"), 404);
    Problems.assertProblem(agent.get("/api/v1/tickets/INC-999999/assist"), 404);
    assertThat(new Api(port).get("/api/v1/tickets/" + key + "/assist").status()).isEqualTo(401);
  }

  @Test
  void withoutALocalModelADraftIsTheTemplateWithTheReason() {
    String key = raise("Laptop " + run + " slow", "My laptop takes ages to boot.");

    JsonNode draft =
        agent.post("/api/v1/tickets/" + key + "/assist/draft?tone=friendly", null).json();

    assertThat(draft.path("source").asString()).isEqualTo("TEMPLATE");
    assertThat(draft.path("fallback").asString()).isEqualTo("UNAVAILABLE");
    assertThat(draft.path("text").asString()).startsWith("Hi Chris,").contains(key);
    Problems.assertProblem(
        agent.post("/api/v1/tickets/" + key + "/assist/draft?tone=shouty", null), 400, "tone");
  }

  @Test
  void emptyHugeAndForeignTextsAnswerWithoutError() {
    String huge = "Лампа не работает. ".repeat(20_000);
    String key = raise("?", huge.substring(0, 19_000));
    customer.post("/api/v1/tickets/" + key + "/comments", "{\"body\":\"    .\"}");

    var response = agent.get("/api/v1/tickets/" + key + "/assist");

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    assertThat(response.json().path("replies").path("FORMAL").asString()).contains(key);
  }

  private String raise(String subject, String description) {
    return raise(subject, description, "LOW", "LOW");
  }

  private String raise(String subject, String description, String impact, String urgency) {
    var raised =
        customer.post(
            "/api/v1/tickets",
            """
            {"type": "INCIDENT", "subject": %s, "description": %s, "impact": "%s",
             "urgency": "%s", "category": "network"}
            """
                .formatted(json(subject), json(description), impact, urgency));
    assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
    return raised.field("key");
  }

  private void resolve(String key, String resolution) {
    String task = agent.openTask(key).path("id").asString();
    agent.post("/api/v1/tasks/" + task + "/claim", null);
    var done =
        agent.post(
            "/api/v1/tasks/" + task + "/complete",
            "{\"outcome\":\"resolved\",\"resolution\":%s}".formatted(json(resolution)));
    assertThat(done.status()).as(done.toString()).isEqualTo(204);
  }

  private JsonNode frustration(String key) {
    return agent.get("/api/v1/tickets/" + key + "/assist").json().path("frustration");
  }

  private int score(String key) {
    return frustration(key).path("score").asInt();
  }

  private static JsonNode signal(JsonNode frustration, String kind) {
    for (JsonNode signal : frustration.path("signals")) {
      if (kind.equals(signal.path("kind").asString())) {
        return signal;
      }
    }
    throw new AssertionError("no " + kind + " signal in " + frustration);
  }

  private static List<String> keys(JsonNode similar) {
    List<String> keys = new ArrayList<>();
    similar.forEach(s -> keys.add(s.path("key").asString()));
    return keys;
  }

  private List<String> timeline(String key) {
    List<String> bodies = new ArrayList<>();
    agent
        .get("/api/v1/tickets/" + key + "/timeline")
        .json()
        .forEach(e -> bodies.add(e.path("body").asString("")));
    return bodies;
  }

  private JsonNode firstResponse(String key) {
    for (JsonNode clock : agent.get("/api/v1/tickets/" + key + "/sla").json()) {
      if ("FIRST_RESPONSE".equals(clock.path("kind").asString())) {
        return clock;
      }
    }
    throw new AssertionError("no first response clock on " + key);
  }

  private long ticketId(String key) {
    return jdbc.queryForObject("SELECT id FROM ticket WHERE ticket_key = ?", Long.class, key);
  }

  private static String json(String text) {
    return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(text);
  }
}
