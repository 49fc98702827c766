package io.atumdesk.api;

import static io.atumdesk.Problems.assertProblem;
import static io.atumdesk.api.TicketApiIntegrationTests.NETWORK_INCIDENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Over every endpoint, another tenant's objects do not exist (404) and never appear in lists. */
@IntegrationTest
class TenantIsolationIntegrationTests {

  @LocalServerPort int port;
  Api acmeAgent;
  String acmeTicket;
  String acmeTask;

  @BeforeEach
  void raiseInAcme() {
    acmeAgent = new Api(port).as("agent");
    acmeTicket =
        new Api(port).as("customer").post("/api/v1/tickets", NETWORK_INCIDENT).field("key");
    acmeTask = acmeAgent.openTask(acmeTicket).path("id").asString();
  }

  @Test
  void anotherTenantsTicketIsNotFoundOnAnyTicketEndpoint() {
    for (String user : new String[] {"agent2", "customer2"}) {
      Api globex = new Api(port).as(user);
      assertProblem(globex.get("/api/v1/tickets/" + acmeTicket), 404);
      assertProblem(globex.get("/api/v1/tickets/" + acmeTicket + "/timeline"), 404);
      assertProblem(
          globex.post("/api/v1/tickets/" + acmeTicket + "/comments", "{\"body\":\"hi\"}"), 404);
      assertThat(
              globex
                  .get("/api/v1/tickets?size=200&text=" + acmeTicket)
                  .json()
                  .path("total")
                  .asLong())
          .isZero();
    }
    assertProblem(
        new Api(port)
            .as("agent2")
            .patch("/api/v1/tickets/" + acmeTicket, "{\"version\":0,\"category\":\"x\"}"),
        404);
  }

  @Test
  void anotherTenantsListsNeverMixIn() {
    Api globex = new Api(port).as("agent2");
    String globexTicket =
        new Api(port).as("customer2").post("/api/v1/tickets", NETWORK_INCIDENT).field("key");
    String acmeOnly = "Only in acme " + System.nanoTime();
    new Api(port)
        .as("customer")
        .post("/api/v1/tickets", "{\"type\":\"INCIDENT\",\"subject\":\"" + acmeOnly + "\"}");

    // Globex's tickets come from its people, or from its monitoring (raised by the system).
    var listed = globex.get("/api/v1/tickets?size=200").json().path("items");
    listed.forEach(
        t -> assertThat(t.path("requester").asString()).isIn("customer2", "agent2", "system"));
    assertThat(listed.toString()).contains(globexTicket).doesNotContain(acmeOnly);
    // Keys are per tenant: both tenants may have the same key, each seeing only its own ticket.
    assertThat(acmeAgent.get("/api/v1/tickets?size=200").json().path("items").toString())
        .doesNotContain("\"customer2\"");
  }

  @Test
  void anotherTenantsTaskIsNotFoundOnAnyTaskEndpoint() {
    Api globex = new Api(port).as("agent2");
    assertThat(globex.get("/api/v1/tasks").text()).doesNotContain(acmeTask);
    assertProblem(globex.get("/api/v1/tasks/" + acmeTask), 404);
    assertProblem(globex.post("/api/v1/tasks/" + acmeTask + "/claim", null), 404);
    assertProblem(
        globex.post(
            "/api/v1/tasks/" + acmeTask + "/complete",
            "{\"outcome\":\"resolved\",\"resolution\":\"x\"}"),
        404);
    assertThat(acmeAgent.get("/api/v1/tickets/" + acmeTicket).field("status")).isEqualTo("NEW");
  }

  @Test
  void anotherUsersTokenCannotBeRevoked() {
    long tokenId =
        acmeAgent.post("/api/v1/me/tokens", "{\"name\":\"mine\"}").json().path("id").asLong();
    assertProblem(new Api(port).as("agent2").delete("/api/v1/me/tokens/" + tokenId), 404);
    assertProblem(new Api(port).as("customer").delete("/api/v1/me/tokens/" + tokenId), 404);
  }
}
