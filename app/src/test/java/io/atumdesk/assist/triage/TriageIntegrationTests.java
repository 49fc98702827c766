package io.atumdesk.assist.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import io.atumdesk.assist.TicketVectors;
import io.atumdesk.core.TenantContext;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Triage through the API and on ticket creation, with acme's model trained on the shipped corpus
 * and its tickets. The suite never applies suggestions (application-test.yml); tests that need it
 * set acme's own thresholds and put them back.
 */
@IntegrationTest
class TriageIntegrationTests {

  private static final String TRIAGE = "/api/v1/assist/triage";
  private static final String NEVER = "{\"category\":2,\"priority\":2,\"assignmentGroup\":2}";
  private static final String VPN =
      "{\"subject\":\"VPN keeps disconnecting\",\"description\":\"Since this morning the VPN"
          + " drops every few minutes when I work from home.\"}";

  private static boolean trained;

  @LocalServerPort int port;
  @Autowired TriageModels models;
  @Autowired TrainingExamples examples;
  @Autowired TicketVectors vectors;
  @Autowired JdbcClient jdbc;

  Api admin;
  Api agent;

  @BeforeEach
  void trainAcmeOnce() {
    admin = new Api(port).as("admin");
    agent = new Api(port).as("agent");
    if (!trained) {
      var retrained = admin.post(TRIAGE + "/retrain", "");
      assertThat(retrained.status()).isEqualTo(200);
      assertThat(retrained.json().get("examples").asInt()).isGreaterThanOrEqualTo(1000);
      trained = true;
    }
  }

  @AfterEach
  void neverApplyAgain() {
    assertThat(admin.send("PUT", TRIAGE + "/settings", NEVER).status()).isEqualTo(200);
  }

  @Test
  void suggestsCategoryPriorityAndGroupWithAConfidenceEach() {
    var response = agent.post(TRIAGE, VPN);

    assertThat(response.status()).isEqualTo(200);
    JsonNode json = response.json();
    assertThat(json.get("category").get("value").asString()).isEqualTo("network");
    assertThat(json.get("category").get("confidence").asDouble()).isBetween(0.5, 1.0);
    assertThat(json.get("assignmentGroup").get("value").asString()).isEqualTo("network-ops");
    assertThat(json.get("priority").get("value").asString()).matches("P[1-5]");
    assertThat(json.get("priority").get("confidence").asDouble()).isBetween(0.0, 1.0);
    assertThat(json.get("language").asString()).isEqualTo("en");
  }

  @Test
  void readsGermanToo() {
    var json =
        agent
            .post(
                TRIAGE,
                "{\"subject\":\"Drucker im 2. OG hat ständig Papierstau\",\"description\":\"Der"
                    + " Drucker neben der Küche zieht kein Papier mehr ein und muss wohl"
                    + " ausgetauscht werden.\"}")
            .json();

    assertThat(json.get("language").asString()).isEqualTo("de");
    assertThat(json.get("category").get("value").asString()).isEqualTo("hardware");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "{\"subject\":\"\",\"description\":\"   \"}",
        "{\"subject\":\"??? !!! 1234\"}",
        "{\"subject\":\"เครื่องพิมพ์เสียและหน้าจอดับตั้งแต่เช้านี้\"}",
        "{\"subject\":\"xq zvkp tlmr wqqx bbnz\",\"description\":\"qpwoeiru zmxncbv lkjhg\"}",
        "{\"subject\":null,\"description\":null}"
      })
  void unreadableTextAnswersWithLowConfidenceNotAnError(String body) {
    var response = agent.post(TRIAGE, body);

    assertThat(response.status()).isEqualTo(200);
    for (String field : List.of("category", "priority", "assignmentGroup")) {
      assertThat(response.json().get(field).get("confidence").asDouble()).isLessThan(0.5);
    }
  }

  @Test
  void aHugeTextIsReadInPart() {
    String huge = "The VPN drops every few minutes. ".repeat(20_000);

    var response =
        agent.post(TRIAGE, "{\"subject\":\"VPN\",\"description\":\"%s\"}".formatted(huge));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.json().get("category").get("value").asString()).isEqualTo("network");
  }

  @Test
  void malformedJsonIsABadRequestWithAProblem() {
    var response = agent.post(TRIAGE, "{\"subject\":");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).contains("application/problem+json");
  }

  @Test
  void onlyAgentsAndAdminsAskAndOnlyAdminsRetrain() {
    assertThat(new Api(port).post(TRIAGE, VPN).status()).isEqualTo(401);
    var customer = new Api(port).as("customer").post(TRIAGE, VPN);
    assertThat(customer.status()).isEqualTo(403);
    assertThat(customer.header("Content-Type")).contains("application/problem+json");
    assertThat(admin.post(TRIAGE, VPN).status()).isEqualTo(200);
    assertThat(agent.post(TRIAGE + "/retrain", "").status()).isEqualTo(403);
    assertThat(agent.get(TRIAGE + "/settings").status()).isEqualTo(403);
    assertThat(
            admin.send("PUT", TRIAGE + "/settings", "{\"category\":0.5,\"priority\":0.5}").status())
        .isEqualTo(400);
  }

  @Test
  void aConfidentCategoryIsAppliedBeforeRoutingAndWrittenOnTheTimeline() {
    admin.send(
        "PUT", TRIAGE + "/settings", "{\"category\":0.3,\"priority\":2,\"assignmentGroup\":2}");

    String key = raise("customer", VPN);

    JsonNode ticket = agent.get("/api/v1/tickets/" + key).json();
    assertThat(ticket.get("category").asString()).isEqualTo("network");
    // The routing table ran on the category triage filled in.
    assertThat(ticket.get("assignmentGroup").asString()).isEqualTo("network-ops");
    JsonNode applied = entry(key, "Triage suggestion applied: category = network");
    assertThat(applied.get("actor").asString()).isEqualTo("triage");
    assertThat(applied.get("details").get("confidence").asDouble()).isGreaterThanOrEqualTo(0.3);
  }

  @Test
  void belowTheThresholdTheSuggestionWaitsForTheAgent() {
    String key = raise("customer", VPN);

    JsonNode ticket = agent.get("/api/v1/tickets/" + key).json();
    assertThat(ticket.get("category").isNull()).isTrue();
    assertThat(timeline(key)).noneMatch(e -> e.get("body").asString("").startsWith("Triage"));
    Api page = new Api(port).signedIn("agent");
    var card =
        page.get("/tickets/%s/triage?version=%d".formatted(key, ticket.get("version").asLong()));
    assertThat(card.status()).isEqualTo(200);
    assertThat(card.text()).contains("network").contains("/tickets/" + key + "/triage/category");

    var applied =
        page.post(
            "/tickets/%s/triage/category?version=%d".formatted(key, ticket.get("version").asLong()),
            "");

    assertThat(applied.status()).isEqualTo(302);
    assertThat(agent.get("/api/v1/tickets/" + key).json().get("category").asString())
        .isEqualTo("network");
    assertThat(
            page.get(
                    "/tickets/%s/triage?version=%d"
                        .formatted(key, ticket.get("version").asLong() + 1))
                .text())
        .doesNotContain("/tickets/" + key + "/triage/category");
  }

  @Test
  void anAgentsCorrectionBecomesALabelOfItsTenantOnly() {
    String unique = "Drucker Toner leer Etage " + System.nanoTime();
    String key =
        raise(
            "customer",
            "{\"subject\":\"%s\",\"description\":\"Der Toner ist leer.\"}".formatted(unique));
    long id = idOf(key, "acme");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> TenantContext.callAs("acme", () -> vectors.vectorOf(id)).isPresent());
    String suggested =
        jdbc.sql("SELECT suggested_value FROM triage_suggestion WHERE ticket_id = ? AND field = ?")
            .params(id, "CATEGORY")
            .query(String.class)
            .single();
    String corrected = suggested.equals("other") ? "software" : "other";
    long version = agent.get("/api/v1/tickets/" + key).json().get("version").asLong();

    var patched =
        agent.patch(
            "/api/v1/tickets/" + key,
            "{\"version\":%d,\"category\":\"%s\"}".formatted(version, corrected));

    assertThat(patched.status()).isEqualTo(200);
    assertThat(examples.of("acme"))
        .filteredOn(e -> e.text().startsWith(unique))
        .singleElement()
        .satisfies(e -> assertThat(e.category()).isEqualTo(corrected))
        .satisfies(e -> assertThat(e.priority()).isNull());
    assertThat(examples.of("globex")).noneMatch(e -> e.text().startsWith(unique));
  }

  @Test
  void eachTenantHasItsOwnModel() {
    TriageModel acme = models.current("acme").orElseThrow();
    TriageModel globex = models.retrain("globex", "test");

    assertThat(globex).isNotSameAs(acme);
    // globex learns from its own few tickets; the corpus is acme's (the demo tenant) only.
    assertThat(globex.examples()).isLessThan(acme.examples() - 1000);
    assertThat(models.current("acme").orElseThrow()).isSameAs(acme);
  }

  @Test
  void theScheduledJobRetrainsTheModels() throws Exception {
    TriageModel before = models.current("acme").orElseThrow();

    new TriageRetrainJob(models).execute(null);

    assertThat(models.current("acme").orElseThrow()).isNotSameAs(before);
  }

  @Test
  void ticketsRaisedBeforeTheModelGetTheirSuggestionsOnceItIsThere() {
    String key = raise("customer", VPN);
    long id = idOf(key, "acme");
    // As if raised in the first minute after a start, before the tenant's model was ready.
    jdbc.sql("DELETE FROM triage_suggestion WHERE ticket_id = ?").param(id).update();
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> TenantContext.callAs("acme", () -> vectors.vectorOf(id)).isPresent());

    models.retrain("acme", "test");

    var rows =
        jdbc.sql(
                "SELECT field, suggested_value, applied FROM triage_suggestion WHERE ticket_id = ?")
            .param(id)
            .query((rs, n) -> rs.getString(1) + "=" + rs.getString(2) + ":" + rs.getBoolean(3))
            .list();
    assertThat(rows).contains("CATEGORY=network:false", "ASSIGNMENT_GROUP=network-ops:false");
    assertThat(agent.get("/api/v1/tickets/" + key).json().get("category").isNull()).isTrue();
  }

  @Test
  void theDetectedLanguageReachesTheRoutingTable() {
    String key =
        raise(
            "customer",
            "{\"subject\":\"Mein Laptop startet nicht mehr\",\"description\":\"Seit heute Morgen"
                + " bleibt der Bildschirm schwarz, ich kann nicht arbeiten.\"}");

    assertThat(agent.get("/api/v1/tickets/" + key).json().get("language").asString())
        .isEqualTo("de");
    JsonNode routing = entry(key, "Decision incident-routing");
    assertThat(routing.get("details").get("inputs").get("language").asString()).isEqualTo("de");
  }

  private String raise(String user, String textJson) {
    String body = textJson.replaceFirst("^\\{", "{\"type\":\"INCIDENT\",");
    var response = new Api(port).as(user).post("/api/v1/tickets", body);
    assertThat(response.status()).isEqualTo(201);
    return response.field("key");
  }

  private long idOf(String key, String tenant) {
    return jdbc.sql("SELECT id FROM ticket WHERE ticket_key = ? AND tenant_id = ?")
        .params(key, tenant)
        .query(Long.class)
        .single();
  }

  private List<JsonNode> timeline(String key) {
    JsonNode entries = agent.get("/api/v1/tickets/" + key + "/timeline").json();
    return StreamSupport.stream(entries.spliterator(), false).toList();
  }

  private JsonNode entry(String key, String startingWith) {
    return timeline(key).stream()
        .filter(e -> e.get("body").asString("").startsWith(startingWith))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry '" + startingWith + "' on " + key));
  }
}
