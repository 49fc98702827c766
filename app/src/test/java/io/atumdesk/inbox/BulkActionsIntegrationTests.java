package io.atumdesk.inbox;

import static io.atumdesk.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Bulk actions go the way an agent's single actions go: reassigning moves the open task, statuses
 * are reached through the process; each ticket on its own, refusals named per key.
 */
@IntegrationTest
class BulkActionsIntegrationTests {

  @LocalServerPort int port;
  Api customer;
  Api agent;

  @BeforeEach
  void signIn() {
    customer = new Api(port).as("customer");
    agent = new Api(port).as("agent");
  }

  @Test
  void resolvesWhatTheProcessAllowsAndNamesWhyTheRestWasNot() {
    var tickets = new InboxTickets(customer, "bulk-resolve");
    String first = tickets.incident("Slow login", "LOW", "LOW");
    String second = tickets.incident("Slow mail", "LOW", "LOW");
    String request = tickets.raise("SERVICE_REQUEST", "New chair", "LOW", "LOW");

    JsonNode results =
        bulk(
            """
            {"keys":["%s","INC-999999","%s","%s"],"status":"RESOLVED","resolution":"Restarted"}"""
                .formatted(first, request, second));

    assertThat(result(results, 0)).isEqualTo(first + " ok");
    assertThat(result(results, 1)).isEqualTo("INC-999999 Ticket INC-999999 was not found");
    assertThat(result(results, 2))
        .isEqualTo(
            request
                + " Ticket "
                + request
                + " is NEW and waits at 'Fulfil the request'; its process does not go to"
                + " RESOLVED from there.");
    assertThat(result(results, 3)).isEqualTo(second + " ok");
    for (String key : new String[] {first, second}) {
      JsonNode ticket = agent.get("/api/v1/tickets/" + key).json();
      assertThat(ticket.path("status").asString()).isEqualTo("RESOLVED");
      assertThat(ticket.path("resolution").asString()).isEqualTo("Restarted");
    }
    assertThat(agent.get("/api/v1/tickets/" + request).field("status")).isEqualTo("NEW");
  }

  @Test
  void setsPendingAndResumesThroughTheIncidentsSteps() {
    var tickets = new InboxTickets(customer, "bulk-pending");
    String key = tickets.incident("Printer offline", "LOW", "LOW");

    assertThat(
            result(
                bulk(
                    "{\"keys\":[\"%s\"],\"status\":\"PENDING\",\"pendingReason\":\"Which printer?\"}"
                        .formatted(key)),
                0))
        .isEqualTo(key + " ok");
    assertThat(agent.get("/api/v1/tickets/" + key).field("status")).isEqualTo("PENDING");
    assertThat(agent.get("/api/v1/tickets/" + key + "/timeline").text()).contains("Which printer?");

    assertThat(result(bulk("{\"keys\":[\"%s\"],\"status\":\"IN_PROGRESS\"}".formatted(key)), 0))
        .isEqualTo(key + " ok");
    assertThat(agent.get("/api/v1/tickets/" + key).field("status")).isEqualTo("IN_PROGRESS");
    assertThat(agent.openTask(key).path("taskKey").asString()).isEqualTo("resolveIncident");
  }

  @Test
  void reassigningMovesTheOpenTaskAndRefusesNonMembersPerTicket() {
    var tickets = new InboxTickets(customer, "bulk-assign");
    String moved = tickets.incident("Switch port dead", "LOW", "LOW");
    String alsoMoved = tickets.incident("Cable cut", "LOW", "LOW");

    JsonNode results =
        bulk(
            "{\"keys\":[\"%s\",\"%s\"],\"assignmentGroup\":\"network-ops\",\"assignee\":\"agent\"}"
                .formatted(moved, alsoMoved));
    assertThat(result(results, 0)).isEqualTo(moved + " ok");
    assertThat(result(results, 1)).isEqualTo(alsoMoved + " ok");
    JsonNode ticket = agent.get("/api/v1/tickets/" + moved).json();
    assertThat(ticket.path("assignmentGroup").asString()).isEqualTo("network-ops");
    assertThat(ticket.path("assignee").asString()).isEqualTo("agent");
    JsonNode task = agent.openTask(moved);
    assertThat(task.path("candidateGroups").toString())
        .contains("network-ops")
        .doesNotContain("service-desk");
    assertThat(task.path("assignee").asString()).isEqualTo("agent");

    JsonNode refused = bulk("{\"keys\":[\"%s\"],\"assignee\":\"customer\"}".formatted(moved));
    assertThat(result(refused, 0))
        .isEqualTo(
            moved + " Field 'assignee' must be a member of the assignment group 'network-ops'.");
    assertThat(agent.get("/api/v1/tickets/" + moved).field("assignee")).isEqualTo("agent");
  }

  @Test
  void refusesABulkChangeThatAsksForNothingOrLacksWhatTheProcessNeeds() {
    assertProblem(agent.post("/api/v1/inbox/bulk", "{\"keys\":[]}"), 400);
    assertProblem(agent.post("/api/v1/inbox/bulk", "{\"keys\":[\"INC-000001\"]}"), 400);
    assertProblem(
        agent.post("/api/v1/inbox/bulk", "{\"keys\":[\"INC-000001\"],\"status\":\"RESOLVED\"}"),
        400);
    assertProblem(
        agent.post("/api/v1/inbox/bulk", "{\"keys\":[\"INC-000001\"],\"status\":\"CLOSED\"}"), 400);
  }

  private JsonNode bulk(String body) {
    var response = agent.post("/api/v1/inbox/bulk", body);
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    return response.json().path("results");
  }

  private static String result(JsonNode results, int index) {
    JsonNode result = results.get(index);
    return result.path("key").asString()
        + " "
        + (result.path("ok").asBoolean() ? "ok" : result.path("reason").asString());
  }
}
