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

/** The requester rates a resolved or closed ticket once; rating again replaces it. */
@IntegrationTest
class RatingApiIntegrationTests {

  @LocalServerPort int port;
  Api agent;
  Api customer;
  String key;

  @BeforeEach
  void raise() {
    agent = new Api(port).as("agent");
    customer = new Api(port).as("customer");
    key =
        customer
            .post("/api/v1/tickets", "{\"type\":\"INCIDENT\",\"subject\":\"Monitor flickers\"}")
            .field("key");
  }

  @Test
  void theRequesterRatesAResolvedTicketAndRatesAgain() {
    resolve();
    assertThat(customer.get(rating()).status()).isEqualTo(204);

    var rated = customer.post(rating(), "{\"score\":2,\"comment\":\" Took <b>long</b> \"}");
    assertThat(rated.status()).as(rated.toString()).isEqualTo(200);
    assertThat(rated.json().path("score").asInt()).isEqualTo(2);
    assertThat(rated.field("comment")).isEqualTo("Took <b>long</b>");
    var again = customer.post(rating(), "{\"score\":5}");

    assertThat(again.status()).isEqualTo(200);
    var shown = agent.get(rating());
    assertThat(shown.json().path("score").asInt()).isEqualTo(5);
    assertThat(shown.json().path("comment").isNull()).isTrue();
    assertThat(shown.field("ratedBy")).isEqualTo("customer");
    assertThat(events()).contains("Rated 2 of 5", "Rating changed from 2 to 5 of 5");
  }

  @Test
  void aClosedTicketCanBeRated() {
    resolve();
    String confirm = customer.openTask(key).path("id").asString();
    customer.post("/api/v1/tasks/" + confirm + "/complete", "{\"confirmation\":\"accepted\"}");
    assertThat(customer.get("/api/v1/tickets/" + key).field("status")).isEqualTo("CLOSED");

    assertThat(customer.post(rating(), "{\"score\":4}").status()).isEqualTo(200);
    assertThat(customer.get(rating()).json().path("score").asInt()).isEqualTo(4);
  }

  @Test
  void refusesRatingATicketThatIsNotResolved() {
    var refused = customer.post(rating(), "{\"score\":5}");

    assertProblem(refused, 409);
    assertThat(refused.field("detail")).contains("is NEW").contains("once it is resolved");
  }

  @Test
  void onlyTheRequesterRates() {
    resolve();

    var byAgent = agent.post(rating(), "{\"score\":5}");
    assertProblem(byAgent, 403);
    assertThat(byAgent.field("detail")).contains("Only the requester");
    assertProblem(new Api(port).as("customer2").post(rating(), "{\"score\":1}"), 404);
    assertProblem(new Api(port).as("agent2").get(rating()), 404);
    assertThat(customer.get(rating()).status()).isEqualTo(204);
  }

  @Test
  void refusesScoresOutsideOneToFiveAndOverlongComments() {
    resolve();

    assertProblem(customer.post(rating(), "{\"score\":0}"), 400);
    assertProblem(customer.post(rating(), "{\"score\":6}"), 400);
    assertProblem(customer.post(rating(), "{}"), 400);
    assertProblem(
        customer.post(rating(), "{\"score\":3,\"comment\":\"" + "x".repeat(2001) + "\"}"), 400);
    assertThat(customer.get(rating()).status()).isEqualTo(204);
  }

  private void resolve() {
    String task = agent.openTask(key).path("id").asString();
    var done =
        agent.post(
            "/api/v1/tasks/" + task + "/complete",
            "{\"outcome\":\"resolved\",\"resolution\":\"New cable\"}");
    assertThat(done.status()).as(done.toString()).isEqualTo(204);
  }

  private String rating() {
    return "/api/v1/tickets/" + key + "/rating";
  }

  private List<String> events() {
    List<String> bodies = new ArrayList<>();
    customer
        .get("/api/v1/tickets/" + key + "/timeline")
        .json()
        .forEach(e -> bodies.add(e.path("body").asString("")));
    return bodies;
  }
}
