package io.atumdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The ticket and task API as a client sees it, from raising an incident to its closing. */
@IntegrationTest
class TicketApiIntegrationTests {

  static final String NETWORK_INCIDENT =
      """
      {"type":"INCIDENT","subject":"VPN drops","description":"Every few minutes",
       "impact":"HIGH","urgency":"LOW","category":"network"}""";

  @LocalServerPort int port;
  Api customer;
  Api agent;

  @BeforeEach
  void signIn() {
    customer = new Api(port).as("customer");
    agent = new Api(port).as("agent");
  }

  @Test
  void raisesAPrioritisedAndRoutedIncident() {
    var created = customer.post("/api/v1/tickets", NETWORK_INCIDENT);

    assertThat(created.status()).isEqualTo(201);
    JsonNode ticket = created.json();
    assertThat(ticket.path("key").asString()).matches("INC-\\d{6}");
    assertThat(created.header("Location"))
        .isEqualTo("/api/v1/tickets/" + ticket.path("key").asString());
    assertThat(ticket.path("type").asString()).isEqualTo("INCIDENT");
    assertThat(ticket.path("status").asString()).isEqualTo("NEW");
    assertThat(ticket.path("priority").asString()).isEqualTo("P3");
    assertThat(ticket.path("category").asString()).isEqualTo("network");
    assertThat(ticket.path("assignmentGroup").asString()).isEqualTo("network-ops");
    assertThat(ticket.path("assignee").isNull()).isTrue();
    assertThat(ticket.path("requester").asString()).isEqualTo("customer");
    // The SLA policy's targets are process variables, never ticket fields.
    assertThat(ticket.path("resolution").isNull()).isTrue();
    assertThat(ticket.path("createdAt").asString()).isNotBlank();
    assertThat(ticket.path("version").isNumber()).isTrue();
  }

  @Test
  void takesAnIncidentFromRaisedToClosedWithEveryStepOnTheTimeline() {
    String key = customer.post("/api/v1/tickets", NETWORK_INCIDENT).field("key");

    JsonNode task = agent.openTask(key);
    assertThat(task.path("taskKey").asString()).isEqualTo("resolveIncident");
    assertThat(task.path("name").asString()).isEqualTo("Resolve incident");
    assertThat(task.path("candidateGroups").toString()).isEqualTo("[\"network-ops\"]");
    assertThat(task.path("createdAt").asString()).isNotBlank();
    String taskId = task.path("id").asString();

    var claimed = agent.post("/api/v1/tasks/" + taskId + "/claim", null);
    assertThat(claimed.status()).isEqualTo(200);
    assertThat(claimed.json().path("assignee").asString()).isEqualTo("agent");
    assertThat(agent.get("/api/v1/tickets/" + key).field("status")).isEqualTo("IN_PROGRESS");

    var resolved =
        agent.post(
            "/api/v1/tasks/" + taskId + "/complete",
            "{\"outcome\":\"resolved\",\"resolution\":\"Replaced the VPN gateway certificate\"}");
    assertThat(resolved.status()).isEqualTo(204);
    assertThat(customer.get("/api/v1/tickets/" + key).field("status")).isEqualTo("RESOLVED");

    JsonNode confirmation = customer.openTask(key);
    assertThat(confirmation.path("taskKey").asString()).isEqualTo("confirmResolution");
    var accepted =
        customer.post(
            "/api/v1/tasks/" + confirmation.path("id").asString() + "/complete",
            "{\"confirmation\":\"accepted\"}");
    assertThat(accepted.status()).isEqualTo(204);

    JsonNode closed = customer.get("/api/v1/tickets/" + key).json();
    assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
    assertThat(closed.path("resolution").asString())
        .isEqualTo("Replaced the VPN gateway certificate");

    JsonNode timeline = customer.get("/api/v1/tickets/" + key + "/timeline").json();
    List<String> bodies = new ArrayList<>();
    timeline.forEach(e -> bodies.add(e.path("body").asString("")));
    assertThat(bodies)
        .contains(
            "Raised by customer",
            "Decision incident-priority: priority = P3 (rule priority-high-low)",
            "Decision incident-routing: assignmentGroup = network-ops (rule route-network)",
            "Waiting at 'Resolve incident' for network-ops",
            "Claimed 'Resolve incident'",
            "Completed 'Resolve incident'",
            "Waiting at 'Confirm the resolution' for customer",
            "Completed 'Confirm the resolution'");
    JsonNode priorityDecision = decision(timeline, "incident-priority");
    assertThat(priorityDecision.path("inputs").path("impact").asString()).isEqualTo("HIGH");
    assertThat(priorityDecision.path("inputs").path("urgency").asString()).isEqualTo("LOW");
    assertThat(priorityDecision.path("outputs").path("priority").asString()).isEqualTo("P3");
    assertThat(priorityDecision.path("matchedRules").get(0).path("ruleId").asString())
        .isEqualTo("priority-high-low");
    assertThat(fieldChanges(timeline))
        .contains("status: IN_PROGRESS -> RESOLVED", "status: RESOLVED -> CLOSED");
  }

  @Test
  void raisesEveryTypeWithItsOwnKeyAndProcess() {
    String[][] types = {
      {"SERVICE_REQUEST", "REQ-", "fulfilRequest", "agent", "service-desk"},
      {"PROBLEM", "PRB-", "investigateProblem", "problem", "problem-management"},
      {"CHANGE", "CHG-", "draftChange", "agent", "service-desk"},
      {"INCIDENT", "INC-", "resolveIncident", "agent", "service-desk"}
    };
    for (String[] type : types) {
      var created =
          agent.post(
              "/api/v1/tickets",
              "{\"type\":\"%s\",\"subject\":\"A %s\",\"category\":\"hardware\"}"
                  .formatted(type[0], type[0]));
      assertThat(created.status()).isEqualTo(201);
      String key = created.field("key");
      assertThat(key).startsWith(type[1]);
      assertThat(created.field("assignmentGroup")).isEqualTo(type[4]);
      assertThat(new Api(port).as(type[3]).openTask(key).path("taskKey").asString())
          .isEqualTo(type[2]);
    }
  }

  @Test
  void adminsSeeEveryQueueButNotTheRequestersTasks() {
    String key = customer.post("/api/v1/tickets", NETWORK_INCIDENT).field("key");
    Api admin = new Api(port).as("admin");
    String taskId = admin.openTask(key).path("id").asString();
    agent.post(
        "/api/v1/tasks/" + taskId + "/complete",
        "{\"outcome\":\"resolved\",\"resolution\":\"Done\"}");

    assertThat(customer.openTask(key).path("taskKey").asString()).isEqualTo("confirmResolution");
    assertThat(admin.get("/api/v1/tasks").text()).doesNotContain(key);
  }

  @Test
  void listsWithFiltersPagingAndATotal() {
    String key =
        customer
            .post("/api/v1/tickets", NETWORK_INCIDENT.replace("VPN drops", "Zebra printer"))
            .field("key");

    var page =
        agent.get("/api/v1/tickets?type=INCIDENT&status=NEW&text=zebra&size=5&sort=createdAt,desc");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.json().path("total").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(page.json().path("items").get(0).path("key").asString()).isEqualTo(key);
    assertThat(agent.get("/api/v1/tickets?text=" + key).json().path("total").asLong()).isEqualTo(1);
    assertThat(
            agent
                .get("/api/v1/tickets?priority=P3&assignmentGroup=network-ops&size=200")
                .json()
                .path("items")
                .toString())
        .contains(key);

    var paged = agent.get("/api/v1/tickets?size=2&page=0&sort=key,asc");
    assertThat(paged.json().path("items").size()).isEqualTo(2);
    assertThat(paged.json().path("totalPages").asInt()).isGreaterThanOrEqualTo(2);
  }

  @Test
  void customersSeeOnlyTheirOwnTickets() {
    String agentsTicket =
        agent
            .post("/api/v1/tickets", NETWORK_INCIDENT.replace("VPN drops", "Agent's own"))
            .field("key");

    assertThat(customer.get("/api/v1/tickets/" + agentsTicket).status()).isEqualTo(404);
    customer
        .get("/api/v1/tickets?size=200")
        .json()
        .path("items")
        .forEach(t -> assertThat(t.path("requester").asString()).isEqualTo("customer"));
    assertThat(customer.get("/api/v1/tickets?requester=agent").json().path("total").asLong())
        .isZero();
  }

  @Test
  void changesFieldsWithTheCurrentVersionAndAuditsThem() {
    JsonNode ticket = customer.post("/api/v1/tickets", NETWORK_INCIDENT).json();
    String key = ticket.path("key").asString();
    long version = agent.get("/api/v1/tickets/" + key).json().path("version").asLong();

    var changed =
        agent.patch(
            "/api/v1/tickets/" + key,
            "{\"version\":" + version + ",\"category\":\"hardware\",\"urgency\":\"HIGH\"}");

    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.field("category")).isEqualTo("hardware");
    assertThat(changed.json().path("version").asLong()).isGreaterThan(version);
    JsonNode timeline = agent.get("/api/v1/tickets/" + key + "/timeline").json();
    assertThat(fieldChanges(timeline))
        .contains("category: network -> hardware", "urgency: LOW -> HIGH");
    timeline.forEach(
        e -> {
          if ("category".equals(e.path("field").asString(null))) {
            assertThat(e.path("actor").asString()).isEqualTo("agent");
          }
        });
  }

  @Test
  void keepsInternalNotesFromCustomers() {
    String key = customer.post("/api/v1/tickets", NETWORK_INCIDENT).field("key");

    var reply =
        agent.post(
            "/api/v1/tickets/" + key + "/comments",
            "{\"body\":\"We are on it\",\"internal\":false}");
    var note =
        agent.post(
            "/api/v1/tickets/" + key + "/comments",
            "{\"body\":\"Gateway cert expired\",\"internal\":true}");
    var customerReply =
        customer.post("/api/v1/tickets/" + key + "/comments", "{\"body\":\"Thanks!\"}");

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.field("kind")).isEqualTo("REPLY");
    assertThat(note.field("kind")).isEqualTo("NOTE");
    assertThat(customerReply.status()).isEqualTo(201);
    assertThat(customer.get("/api/v1/tickets/" + key + "/timeline").text())
        .contains("We are on it", "Thanks!")
        .doesNotContain("Gateway cert expired");
    assertThat(agent.get("/api/v1/tickets/" + key + "/timeline").text())
        .contains("Gateway cert expired");
  }

  @Test
  void signsInMachinesWithRevocablePersonalTokens() {
    var issued = agent.post("/api/v1/me/tokens", "{\"name\":\"ci\",\"validDays\":30}");
    assertThat(issued.status()).isEqualTo(201);
    String token = issued.field("token");
    assertThat(token).startsWith("atd_");
    Api machine = new Api(port).withToken(token);

    assertThat(machine.get("/api/v1/me").field("username")).isEqualTo("agent");
    assertThat(machine.post("/api/v1/tickets", NETWORK_INCIDENT).status()).isEqualTo(201);
    assertThat(agent.get("/api/v1/me/tokens").text()).contains("\"ci\"").doesNotContain(token);

    assertThat(agent.delete("/api/v1/me/tokens/" + issued.json().path("id").asLong()).status())
        .isEqualTo(204);
    var refused = machine.get("/api/v1/me");
    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void movingATicketToAnotherGroupOrAgentMovesItsTask() {
    String key = customer.post("/api/v1/tickets", NETWORK_INCIDENT).field("key");
    long version = agent.get("/api/v1/tickets/" + key).json().path("version").asLong();

    var moved =
        agent.patch(
            "/api/v1/tickets/" + key,
            "{\"version\":"
                + version
                + ",\"assignmentGroup\":\"service-desk\",\"assignee\":\"agent\"}");

    assertThat(moved.status()).isEqualTo(200);
    JsonNode task = agent.openTask(key);
    assertThat(task.path("candidateGroups").toString()).isEqualTo("[\"service-desk\"]");
    assertThat(task.path("assignee").asString()).isEqualTo("agent");
  }

  @Test
  void refusesAGroupOrAgentTheTenantDoesNotHave() {
    String key = customer.post("/api/v1/tickets", NETWORK_INCIDENT).field("key");
    long version = agent.get("/api/v1/tickets/" + key).json().path("version").asLong();

    var noGroup =
        agent.patch(
            "/api/v1/tickets/" + key,
            "{\"version\":" + version + ",\"assignmentGroup\":\"nowhere\"}");
    var foreignAgent =
        agent.patch(
            "/api/v1/tickets/" + key, "{\"version\":" + version + ",\"assignee\":\"agent2\"}");

    assertThat(noGroup.status()).isEqualTo(400);
    assertThat(noGroup.field("detail"))
        .isEqualTo("Field 'assignmentGroup' names no group of this tenant.");
    assertThat(foreignAgent.status()).isEqualTo(400);
    assertThat(foreignAgent.json().path("errors").get(0).path("field").asString())
        .isEqualTo("assignee");
  }

  @Test
  void putsAQuestionToTheRequesterOnTheConversation() {
    String key = customer.post("/api/v1/tickets", NETWORK_INCIDENT).field("key");
    String taskId = agent.openTask(key).path("id").asString();

    agent.post(
        "/api/v1/tasks/" + taskId + "/complete",
        "{\"outcome\":\"pending\",\"pendingReason\":\"Which VPN client version do you use?\"}");

    JsonNode timeline = customer.get("/api/v1/tickets/" + key + "/timeline").json();
    boolean asked = false;
    for (JsonNode entry : timeline) {
      asked |=
          "REPLY".equals(entry.path("kind").asString())
              && "Which VPN client version do you use?".equals(entry.path("body").asString());
    }
    assertThat(asked).as(timeline.toString()).isTrue();
    assertThat(customer.get("/api/v1/tickets/" + key).field("status")).isEqualTo("PENDING");
  }

  @Test
  void aClosedTicketNoLongerChanges() {
    String key = customer.post("/api/v1/tickets", NETWORK_INCIDENT).field("key");
    String taskId = agent.openTask(key).path("id").asString();
    agent.post(
        "/api/v1/tasks/" + taskId + "/complete",
        "{\"outcome\":\"resolved\",\"resolution\":\"Done\"}");
    String confirm = customer.openTask(key).path("id").asString();
    customer.post("/api/v1/tasks/" + confirm + "/complete", "{\"confirmation\":\"accepted\"}");
    long version = agent.get("/api/v1/tickets/" + key).json().path("version").asLong();

    assertThat(
            agent
                .patch(
                    "/api/v1/tickets/" + key, "{\"version\":" + version + ",\"priority\":\"P1\"}")
                .status())
        .isEqualTo(409);
    assertThat(
            customer
                .post("/api/v1/tickets/" + key + "/comments", "{\"body\":\"One more thing\"}")
                .status())
        .isEqualTo(409);
  }

  private static JsonNode decision(JsonNode timeline, String decisionId) {
    for (JsonNode entry : timeline) {
      if ("DECISION".equals(entry.path("kind").asString())
          && decisionId.equals(entry.path("details").path("decisionId").asString(null))) {
        return entry.path("details");
      }
    }
    throw new AssertionError("no decision " + decisionId + " on the timeline");
  }

  private static List<String> fieldChanges(JsonNode timeline) {
    List<String> changes = new ArrayList<>();
    timeline.forEach(
        e -> {
          if ("FIELD_CHANGED".equals(e.path("kind").asString())) {
            changes.add(
                e.path("field").asString()
                    + ": "
                    + e.path("oldValue").asString("null")
                    + " -> "
                    + e.path("newValue").asString("null"));
          }
        });
    return changes;
  }
}
