package io.atumdesk.api;

import static io.atumdesk.Problems.assertProblem;
import static io.atumdesk.api.TicketApiIntegrationTests.NETWORK_INCIDENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every refusal is RFC 9457 problem+json a person can act on, and nothing internal leaks. */
@IntegrationTest
class ApiErrorsIntegrationTests {

  @LocalServerPort int port;
  Api customer;
  Api agent;

  @BeforeEach
  void signIn() {
    customer = new Api(port).as("customer");
    agent = new Api(port).as("agent");
  }

  @Test
  void malformedJsonIs400() {
    var response = customer.post("/api/v1/tickets", "{\"type\": \"INCIDENT\", ");
    assertProblem(response, 400);
    assertThat(response.field("detail")).isEqualTo("The request body is not valid JSON.");
  }

  @Test
  void anUnknownEnumValueNamesTheFieldAndTheAcceptedValues() {
    var response =
        customer.post("/api/v1/tickets", NETWORK_INCIDENT.replace("\"HIGH\"", "\"HUGE\""));
    assertProblem(response, 400);
    assertThat(response.field("detail"))
        .isEqualTo("Field 'impact' must be one of HIGH, MEDIUM, LOW.");
    assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("impact");
  }

  @Test
  void missingFieldsAreEachNamed() {
    var response = customer.post("/api/v1/tickets", "{\"description\":\"no subject, no type\"}");
    assertProblem(response, 400);
    assertThat(response.json().path("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("type", "subject");
    assertThat(response.field("detail")).contains("type").contains("subject");
  }

  @Test
  void invalidFormDataIsRefusedFieldByField() {
    String key = customer.post("/api/v1/tickets", NETWORK_INCIDENT).field("key");
    String taskId = agent.openTask(key).path("id").asString();

    var response =
        agent.post(
            "/api/v1/tasks/" + taskId + "/complete",
            "{\"outcome\":\"resolved\",\"colour\":\"red\"}");

    assertProblem(response, 400);
    assertThat(response.json().path("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder("colour", "resolution");
    // Nothing happened: not even the implicit claim of the refused completion.
    assertThat(agent.get("/api/v1/tickets/" + key).field("status")).isEqualTo("NEW");
    assertThat(agent.openTask(key).path("assignee").isNull()).isTrue();
  }

  @Test
  void unauthenticatedIs401WithAChallenge() {
    var response = new Api(port).get("/api/v1/tickets");
    assertProblem(response, 401);
    assertThat(response.header("WWW-Authenticate")).contains("Basic").contains("Bearer");
    assertProblem(new Api(port).withToken("atd_not-a-token").get("/api/v1/tickets"), 401);
    assertProblem(new Api(port).as("nobody").get("/api/v1/tickets"), 401);
  }

  @Test
  void aWrongRoleIs403() {
    String key = customer.post("/api/v1/tickets", NETWORK_INCIDENT).field("key");
    assertProblem(
        customer.patch("/api/v1/tickets/" + key, "{\"version\":0,\"category\":\"hardware\"}"), 403);
    assertProblem(
        customer.post(
            "/api/v1/tickets/" + key + "/comments", "{\"body\":\"psst\",\"internal\":true}"),
        403);
  }

  @Test
  void unknownObjectsAre404() {
    assertProblem(agent.get("/api/v1/tickets/INC-999999"), 404);
    assertProblem(agent.get("/api/v1/tickets/not-a-key"), 404);
    assertProblem(agent.post("/api/v1/tasks/no-such-task/claim", null), 404);
  }

  @Test
  void aStaleVersionIs409() {
    String key = customer.post("/api/v1/tickets", NETWORK_INCIDENT).field("key");
    long version = agent.get("/api/v1/tickets/" + key).json().path("version").asLong();
    assertThat(
            agent
                .patch(
                    "/api/v1/tickets/" + key,
                    "{\"version\":" + version + ",\"category\":\"hardware\"}")
                .status())
        .isEqualTo(200);

    var stale =
        agent.patch(
            "/api/v1/tickets/" + key, "{\"version\":" + version + ",\"category\":\"software\"}");

    assertProblem(stale, 409);
    assertThat(stale.field("detail")).contains("reload");
    assertThat(agent.get("/api/v1/tickets/" + key).field("category")).isEqualTo("hardware");
  }

  @Test
  void completingATaskTwiceIs409() {
    String key = customer.post("/api/v1/tickets", NETWORK_INCIDENT).field("key");
    String taskId = agent.openTask(key).path("id").asString();
    String data = "{\"outcome\":\"pending\",\"pendingReason\":\"Which laptop?\"}";
    assertThat(agent.post("/api/v1/tasks/" + taskId + "/complete", data).status()).isEqualTo(204);

    assertProblem(agent.post("/api/v1/tasks/" + taskId + "/complete", data), 409);
  }

  @Test
  void aTaskClaimedBySomeoneElseIs409() {
    String key = customer.post("/api/v1/tickets", NETWORK_INCIDENT).field("key");
    String taskId = agent.openTask(key).path("id").asString();
    assertThat(agent.post("/api/v1/tasks/" + taskId + "/claim", null).status()).isEqualTo(200);

    var taken = new Api(port).as("admin").post("/api/v1/tasks/" + taskId + "/claim", null);
    assertProblem(taken, 409);
    assertThat(taken.field("detail")).contains("already claimed by agent");
    // Someone outside the task's groups does not even learn that it exists.
    assertProblem(new Api(port).as("cab").post("/api/v1/tasks/" + taskId + "/claim", null), 404);
  }

  @Test
  void aBodyOverOneMegabyteIs413() {
    String huge =
        "{\"type\":\"INCIDENT\",\"subject\":\"big\",\"description\":\""
            + "x".repeat(1_100_000)
            + "\"}";
    assertProblem(customer.post("/api/v1/tickets", huge), 413);
  }

  @Test
  void anUnknownSortOrPageSizeIs400() {
    assertProblem(agent.get("/api/v1/tickets?sort=password"), 400);
    assertProblem(agent.get("/api/v1/tickets?size=100000"), 400);
    var status = agent.get("/api/v1/tickets?status=SLEEPING");
    assertProblem(status, 400);
    assertThat(status.field("detail"))
        .isEqualTo("Field 'status' must be one of NEW, IN_PROGRESS, PENDING, RESOLVED, CLOSED.");
  }

  @Test
  void aMisspeltFieldIs400NotSilentlyDropped() {
    var response =
        customer.post("/api/v1/tickets", NETWORK_INCIDENT.replace("\"urgency\"", "\"urgncy\""));
    assertProblem(response, 400);
    assertThat(response.field("detail")).isEqualTo("Field 'urgncy' is not a known field.");
  }

  @Test
  void theStatusCannotBeSetByHand() {
    String key = customer.post("/api/v1/tickets", NETWORK_INCIDENT).field("key");
    var response = agent.patch("/api/v1/tickets/" + key, "{\"version\":1,\"resolution\":\"done\"}");
    assertProblem(response, 400);
    assertThat(response.json().path("errors").get(0).path("field").asString())
        .isEqualTo("resolution");
  }
}
