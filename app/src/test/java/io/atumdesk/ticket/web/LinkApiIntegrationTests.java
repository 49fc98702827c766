package io.atumdesk.ticket.web;

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

/** Staff link tickets of their tenant; each side shows the link with its own label. */
@IntegrationTest
class LinkApiIntegrationTests {

  @LocalServerPort int port;
  Api agent;
  Api customer;
  String duplicate;
  String original;

  @BeforeEach
  void raiseTwoTickets() {
    agent = new Api(port).as("agent");
    customer = new Api(port).as("customer");
    duplicate = raise(customer, "Outlook will not start");
    original = raise(customer, "Outlook crashes at start");
  }

  @Test
  void showsOneLinkFromBothSidesWithTheRightLabel() {
    var linked = link(duplicate, "DUPLICATE_OF", original);

    assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
    assertThat(linked.field("label")).isEqualTo("duplicate of");
    assertThat(linked.field("key")).isEqualTo(original);
    assertThat(linked.field("subject")).isEqualTo("Outlook crashes at start");
    assertThat(linked.field("status")).isEqualTo("NEW");

    JsonNode fromDuplicate = agent.get("/api/v1/tickets/" + duplicate + "/links").json();
    assertThat(fromDuplicate.size()).isEqualTo(1);
    assertThat(fromDuplicate.get(0).path("kind").asString()).isEqualTo("DUPLICATE_OF");
    JsonNode fromOriginal = agent.get("/api/v1/tickets/" + original + "/links").json();
    assertThat(fromOriginal.size()).isEqualTo(1);
    assertThat(fromOriginal.get(0).path("kind").asString()).isEqualTo("DUPLICATED_BY");
    assertThat(fromOriginal.get(0).path("label").asString()).isEqualTo("duplicated by");
    assertThat(fromOriginal.get(0).path("key").asString()).isEqualTo(duplicate);
  }

  @Test
  void labelsEveryKindByItsInverseOnTheOtherSide() {
    String[][] kinds = {
      {"RELATES_TO", "relates to"},
      {"CAUSED_BY", "causes"},
      {"CAUSES", "caused by"},
      {"PARENT_OF", "child of"},
      {"CHILD_OF", "parent of"},
      {"DUPLICATED_BY", "duplicate of"}
    };
    for (String[] kind : kinds) {
      String other = raise(agent, "Other side of " + kind[0]);
      assertThat(link(duplicate, kind[0], other).status()).isEqualTo(201);
      assertThat(
              agent
                  .get("/api/v1/tickets/" + other + "/links")
                  .json()
                  .get(0)
                  .path("label")
                  .asString())
          .as(kind[0])
          .isEqualTo(kind[1]);
    }
  }

  @Test
  void putsAddingAndRemovingOnBothTimelines() {
    link(original, "PARENT_OF", duplicate);

    var removed = agent.delete("/api/v1/tickets/" + duplicate + "/links/" + original);

    assertThat(removed.status()).as(removed.toString()).isEqualTo(204);
    assertThat(agent.get("/api/v1/tickets/" + original + "/links").json().size()).isZero();
    assertThat(events(original))
        .contains("Linked: parent of " + duplicate, "Unlinked: parent of " + duplicate);
    assertThat(events(duplicate))
        .contains("Linked: child of " + original, "Unlinked: child of " + original);
  }

  @Test
  void refusesSelfLinksAndASecondLinkBetweenTheSameTickets() {
    assertProblem(link(duplicate, "RELATES_TO", duplicate), 400);
    link(duplicate, "RELATES_TO", original);

    var again = link(original, "CAUSED_BY", duplicate);

    assertProblem(again, 409);
    assertThat(again.field("detail")).contains("already linked").contains("'relates to'");
    assertProblem(link(duplicate, "BLOCKS", original), 400);
    assertProblem(agent.delete("/api/v1/tickets/" + duplicate + "/links/INC-999999"), 404);
  }

  @Test
  void customersSeeNothingOfLinks() {
    link(duplicate, "RELATES_TO", original);

    assertProblem(customer.get("/api/v1/tickets/" + duplicate + "/links"), 403);
    assertProblem(
        customer.post(
            "/api/v1/tickets/" + duplicate + "/links",
            "{\"kind\":\"RELATES_TO\",\"key\":\"" + original + "\"}"),
        403);
    assertProblem(customer.delete("/api/v1/tickets/" + duplicate + "/links/" + original), 403);
    assertThat(customer.get("/api/v1/tickets/" + duplicate + "/timeline").text())
        .doesNotContain("Linked");
  }

  @Test
  void anotherTenantsTicketIsNotFound() {
    // Keys count per tenant: acme's tests raise far more tickets, so its new keys are unknown in
    // globex (the same key in both tenants names two different tickets).
    String globexTicket = raise(new Api(port).as("customer2"), "Globex printer");
    Api globexAgent = new Api(port).as("agent2");

    assertProblem(globexAgent.get("/api/v1/tickets/" + duplicate + "/links"), 404);
    var across =
        globexAgent.post(
            "/api/v1/tickets/" + globexTicket + "/links",
            "{\"kind\":\"RELATES_TO\",\"key\":\"" + duplicate + "\"}");
    assertProblem(across, 404);
    assertThat(across.field("detail")).contains(duplicate);
    assertProblem(globexAgent.delete("/api/v1/tickets/" + duplicate + "/links/" + original), 404);
    assertThat(globexAgent.get("/api/v1/tickets/" + globexTicket + "/links").json().size())
        .isZero();
    assertThat(agent.get("/api/v1/tickets/" + duplicate + "/links").json().size()).isZero();
  }

  private Api.Response link(String from, String kind, String to) {
    return agent.post(
        "/api/v1/tickets/" + from + "/links",
        "{\"kind\":\"%s\",\"key\":\"%s\"}".formatted(kind, to));
  }

  private List<String> events(String key) {
    List<String> bodies = new ArrayList<>();
    agent
        .get("/api/v1/tickets/" + key + "/timeline")
        .json()
        .forEach(e -> bodies.add(e.path("body").asString("")));
    return bodies;
  }

  private static String raise(Api as, String subject) {
    return as.post(
            "/api/v1/tickets",
            "{\"type\":\"INCIDENT\",\"subject\":\"%s\",\"category\":\"software\"}"
                .formatted(subject))
        .field("key");
  }
}
