package io.atumdesk.problem;

import static io.atumdesk.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Problems over the API: raised from three incidents, investigated into a known error whose
 * workaround then shows on new incidents of the same item or category; and what is refused.
 */
@IntegrationTest
class ProblemApiIntegrationTests {

  @LocalServerPort int port;
  Api admin;
  Api agent;
  Api manager;
  Api customer;
  String run;

  @BeforeEach
  void signIn() {
    admin = new Api(port).as("admin");
    agent = new Api(port).as("agent");
    manager = new Api(port).as("problem");
    customer = new Api(port).as("customer");
    run = Long.toString(System.nanoTime(), 36);
  }

  @Test
  void aProblemFromThreeIncidentsBecomesAKnownErrorShownOnNewIncidentsOfItsItemOrCategory() {
    String server = server();
    String category = "payments-" + run;
    String first = incident(category);
    link(server, first);
    List<String> incidents = List.of(first, incident(category), incident(category));

    var raised = agent.post("/api/v1/problems", "{\"incidents\":" + json(incidents) + "}");
    assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
    String problem = raised.field("key");
    assertThat(problem).startsWith("PRB-");
    assertThat(raised.header("Location")).endsWith("/api/v1/problems/" + problem);
    assertThat(keys(raised.json().path("incidents")))
        .containsExactlyInAnyOrderElementsOf(incidents);
    assertThat(raised.field("category")).isEqualTo(category);
    assertThat(raised.json().path("waitingAt").get(0).asString()).isEqualTo("investigateProblem");
    // The problem carries the item its incidents affect.
    assertThat(agent.get("/api/v1/cis/" + server + "/tickets").text()).contains(problem);

    var investigated =
        manager.patch(
            "/api/v1/problems/" + problem + "/investigation",
            """
            {"timeline": "10:00 card payments fail\\n10:04 token service restarts",
             "fiveWhys": ["Payments time out", "The token service restarts", "It runs out of heap"],
             "causeCategory": "CAPACITY",
             "rootCause": "The token service's heap is too small for the month-end peak"}
            """);
    assertThat(investigated.status()).as(investigated.toString()).isEqualTo(200);
    assertThat(investigated.json().path("investigation").path("fiveWhys").size()).isEqualTo(3);
    // A field left out keeps what was recorded.
    var refined =
        manager.patch(
            "/api/v1/problems/" + problem + "/investigation",
            "{\"rootCause\":\"The heap is sized for an average day\"}");
    assertThat(refined.json().path("investigation").path("fiveWhys").size()).isEqualTo(3);
    assertThat(refined.json().path("investigation").path("causeCategory").asString())
        .isEqualTo("CAPACITY");

    var published =
        manager.post(
            "/api/v1/problems/" + problem + "/known-error",
            "{\"symptom\":\"Card payments fail %s\",\"workaround\":\"Retry after one minute\"}"
                .formatted(run));
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    assertThat(published.json().path("knownError").path("workaround").asString())
        .isEqualTo("Retry after one minute");
    assertThat(published.json().path("waitingAt").get(0).asString()).isEqualTo("decideFix");

    String onTheItem = incident("elsewhere-" + run);
    link(server, onTheItem);
    assertThat(matches(onTheItem, problem)).containsExactly("CONFIGURATION_ITEM");
    assertThat(matches(incident(category), problem)).containsExactly("CATEGORY");
    assertThat(matches(incidents.get(1), problem)).containsExactlyInAnyOrder("LINKED", "CATEGORY");
    String unrelated = incident("unrelated-" + run);
    assertThat(agent.get("/api/v1/tickets/" + unrelated + "/known-errors").text())
        .doesNotContain(problem);

    assertThat(agent.get("/api/v1/known-errors?text=card+payments+fail+" + run).text())
        .contains(problem)
        .contains("Retry after one minute");
    assertThat(agent.get("/api/v1/known-errors?ci=" + server).text()).contains(problem);
    assertThat(agent.get("/api/v1/known-errors?category=other-" + run).json()).isEmpty();
  }

  @Test
  void refusesIncidentKeysThatNameNoIncidentNamingEachOne() {
    String request =
        customer
            .post("/api/v1/tickets", "{\"type\":\"SERVICE_REQUEST\",\"subject\":\"Monitor\"}")
            .field("key");
    String incident = incident("ok-" + run);

    var response =
        agent.post(
            "/api/v1/problems",
            "{\"incidents\":[\"%s\",\"INC-999999\",\"%s\",\"nonsense\"]}"
                .formatted(incident, request));

    assertProblem(response, 400);
    assertThat(response.json().path("errors").findValuesAsString("field"))
        .containsExactly("incidents[1]", "incidents[2]", "incidents[3]");
    assertThat(response.field("detail"))
        .contains("INC-999999")
        .contains(request)
        .contains("nonsense");
    assertProblem(agent.post("/api/v1/problems", "{}"), 400);
    assertThat(agent.post("/api/v1/problems", "{}").field("detail")).contains("subject");
  }

  @Test
  void refusesAnIncompleteInvestigationAndBadFieldsNamingEachField() {
    String problem = proactive();

    var empty = manager.post("/api/v1/problems/" + problem + "/known-error", "{\"symptom\":\"x\"}");
    assertProblem(empty, 400);
    assertThat(empty.json().path("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("timeline", "why1", "causeCategory", "rootCause", "workaround");

    var badCategory =
        manager.patch(
            "/api/v1/problems/" + problem + "/investigation", "{\"causeCategory\":\"GREMLINS\"}");
    assertProblem(badCategory, 400);
    assertThat(badCategory.json().path("errors").get(0).path("field").asString())
        .isEqualTo("causeCategory");

    var sixWhys =
        manager.patch(
            "/api/v1/problems/" + problem + "/investigation",
            "{\"fiveWhys\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\"]}");
    assertProblem(sixWhys, 400);
    assertThat(sixWhys.json().path("errors").findValuesAsString("field")).contains("fiveWhys");

    var gap =
        manager.patch(
            "/api/v1/problems/" + problem + "/investigation", "{\"fiveWhys\":[\"1\",\"\",\"3\"]}");
    assertProblem(gap, 400);
    assertThat(gap.json().path("errors").findValuesAsString("field")).contains("fiveWhys[1]");

    var tooEarly =
        manager.post("/api/v1/problems/" + problem + "/change", "{\"changeKey\":\"CHG-000001\"}");
    assertProblem(tooEarly, 409);
    assertThat(tooEarly.field("detail")).contains("Investigate the problem");
  }

  @Test
  void onlyAgentsOfTheTenantSeeProblemsAndOnlyTheProblemGroupWorksThem() {
    String problem = proactive();
    String incident = incident("mine-" + run);

    assertProblem(new Api(port).as("agent2").get("/api/v1/problems/" + problem), 404);
    assertProblem(agent.get("/api/v1/problems/" + incident), 404);
    assertProblem(customer.get("/api/v1/problems/" + problem), 403);
    assertProblem(customer.get("/api/v1/tickets/" + incident + "/known-errors"), 403);
    assertProblem(customer.post("/api/v1/problems", "{\"subject\":\"Mine\"}"), 403);
    var notInGroup =
        agent.post(
            "/api/v1/problems/" + problem + "/known-error",
            "{\"symptom\":\"a\",\"workaround\":\"b\"}");
    assertProblem(notInGroup, 403);
    assertThat(notInGroup.field("detail")).contains("problem-management");
  }

  @Test
  void anAgentLinksAnIncidentToAProblemOnce() {
    String problem = proactive();
    String incident = incident("later-" + run);

    var linked =
        agent.post(
            "/api/v1/problems/" + problem + "/incidents", "{\"incidentKey\":\"" + incident + "\"}");
    assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
    assertThat(keys(linked.json().path("incidents"))).containsExactly(incident);

    assertProblem(
        agent.post(
            "/api/v1/problems/" + problem + "/incidents", "{\"incidentKey\":\"" + incident + "\"}"),
        409);
  }

  private String proactive() {
    var raised =
        agent.post("/api/v1/problems", "{\"subject\":\"Nightly backup overruns " + run + "\"}");
    assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
    return raised.field("key");
  }

  private String server() {
    var created = admin.post("/api/v1/cis", "{\"type\":\"server\",\"name\":\"pay-" + run + "\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.field("key");
  }

  private String incident(String category) {
    var raised =
        customer.post(
            "/api/v1/tickets",
            "{\"type\":\"INCIDENT\",\"subject\":\"Payment failed\",\"category\":\"%s\"}"
                .formatted(category));
    assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
    return raised.field("key");
  }

  private void link(String server, String ticket) {
    var linked =
        agent.post(
            "/api/v1/cis/" + server + "/tickets",
            "{\"ticketKey\":\"" + ticket + "\",\"role\":\"AFFECTED\"}");
    assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
  }

  /** Why the problem's known error matches the ticket, or nothing when it does not. */
  private List<String> matches(String ticket, String problem) {
    List<String> reasons = new ArrayList<>();
    for (JsonNode error : agent.get("/api/v1/tickets/" + ticket + "/known-errors").json()) {
      if (problem.equals(error.path("problem").asString())) {
        error.path("matchedBy").forEach(reason -> reasons.add(reason.asString()));
        assertThat(error.path("workaround").asString()).isEqualTo("Retry after one minute");
      }
    }
    return reasons;
  }

  private static List<String> keys(JsonNode links) {
    List<String> keys = new ArrayList<>();
    links.forEach(link -> keys.add(link.path("key").asString()));
    return keys;
  }

  private static String json(List<String> keys) {
    return "[\"" + String.join("\",\"", keys) + "\"]";
  }
}
