package io.atumdesk.assist.similar;

import static io.atumdesk.Problems.assertProblem;
import static io.atumdesk.assist.similar.SimilarTicketsApi.RUN;
import static io.atumdesk.assist.similar.SimilarTicketsApi.flagged;
import static io.atumdesk.assist.similar.SimilarTicketsApi.keys;
import static io.atumdesk.assist.similar.SimilarTicketsApi.raise;
import static io.atumdesk.assist.similar.SimilarTicketsApi.similar;
import static io.atumdesk.assist.similar.SimilarTicketsApi.timeline;
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
 * Similar tickets by the real sentence embeddings and the Lucene index: scores, the likely
 * duplicate flagged after creation and what an agent does with it, and tenants kept apart.
 */
@IntegrationTest
class SimilarTicketsIntegrationTests {

  @LocalServerPort int port;
  Api agent;
  Api customer;

  @BeforeEach
  void signIn() {
    agent = new Api(port).as("agent");
    customer = new Api(port).as("customer");
  }

  @Test
  void listsTheMostSimilarOpenAndResolvedTicketsWithScoresBestFirst() {
    String vpn =
        raise(
            customer,
            "INCIDENT",
            "VPN drops every few minutes " + RUN,
            "On hotel Wi-Fi the VPN client disconnects.");
    String resolvedVpn =
        raise(
            customer,
            "INCIDENT",
            "VPN keeps disconnecting " + RUN,
            "The VPN connection drops all the time on wireless.");
    resolve(resolvedVpn, "Updated the VPN client to 5.2");
    String printer =
        raise(
            customer,
            "INCIDENT",
            "Printer out of toner " + RUN,
            "The printer on the third floor prints blank pages.");
    String again =
        raise(
            customer,
            "INCIDENT",
            "VPN connection lost again and again " + RUN,
            "My VPN disconnects every few minutes.");

    JsonNode view = similar(agent, again);

    List<String> open = keys(view.path("open"));
    assertThat(open).contains(vpn).doesNotContain(again, resolvedVpn);
    assertThat(keys(view.path("resolved"))).contains(resolvedVpn);
    JsonNode best = view.path("resolved").get(keys(view.path("resolved")).indexOf(resolvedVpn));
    assertThat(best.path("resolution").asString()).isEqualTo("Updated the VPN client to 5.2");
    assertThat(best.path("status").asString()).isEqualTo("RESOLVED");
    List<Double> scores = new ArrayList<>();
    view.path("open").forEach(s -> scores.add(s.path("score").asDouble()));
    assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(scores).allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
    if (open.contains(printer)) {
      assertThat(scores.get(open.indexOf(printer))).isLessThan(scores.get(open.indexOf(vpn)));
    }
  }

  @Test
  void flagsANearIdenticalNewTicketAsDuplicateOfTheOlderOneForStaffOnly() {
    String original =
        raise(
            customer,
            "INCIDENT",
            "Outlook crashes when opening calendar " + RUN,
            "Outlook closes itself as soon as I open the calendar.");
    similar(agent, original);
    String duplicate =
        raise(
            customer,
            "INCIDENT",
            "Outlook crashes when I open the calendar " + RUN,
            "Outlook closes itself as soon as I open my calendar.");

    JsonNode flag = flagged(agent, duplicate).path("duplicate");

    assertThat(flag.path("of").asString()).isEqualTo(original);
    assertThat(flag.path("state").asString()).isEqualTo("OPEN");
    assertThat(flag.path("score").asDouble()).isGreaterThanOrEqualTo(0.92);
    assertThat(timeline(agent, duplicate))
        .anyMatch(b -> b.startsWith("Likely duplicate of " + original));
    assertThat(timeline(customer, duplicate)).noneMatch(b -> b.contains("duplicate"));
    assertProblem(customer.get("/api/v1/tickets/" + duplicate + "/similar"), 403);
    // The older ticket is not flagged as a duplicate of the newer one.
    assertThat(similar(agent, original).path("duplicate").isNull()).isTrue();
  }

  @Test
  void dismissingTheFlagKeepsItDecidedAndOnTheTimeline() {
    String original =
        raise(
            customer,
            "INCIDENT",
            "Teams camera shows black screen " + RUN,
            "In Teams calls my camera only shows black.");
    similar(agent, original);
    String duplicate =
        raise(
            customer,
            "INCIDENT",
            "Teams camera shows a black screen " + RUN,
            "In Teams calls my camera shows only black.");
    flagged(agent, duplicate);

    var dismissed = agent.post("/api/v1/tickets/" + duplicate + "/duplicate/dismiss", null);

    assertThat(dismissed.status()).as(dismissed.toString()).isEqualTo(204);
    JsonNode flag = similar(agent, duplicate).path("duplicate");
    assertThat(flag.path("state").asString()).isEqualTo("DISMISSED");
    assertThat(flag.path("decidedBy").asString()).isEqualTo("agent");
    assertThat(timeline(agent, duplicate))
        .contains("Not a duplicate of " + original + ": flag dismissed");
    assertProblem(agent.post("/api/v1/tickets/" + duplicate + "/duplicate/dismiss", null), 409);
    assertProblem(agent.post("/api/v1/tickets/" + duplicate + "/duplicate/link", null), 409);
  }

  @Test
  void linkingTheFlagLinksBothTicketsAsDuplicates() {
    String original =
        raise(
            customer,
            "INCIDENT",
            "Cannot print PDF files from Acrobat " + RUN,
            "Printing any PDF from Acrobat fails with an error.");
    similar(agent, original);
    String duplicate =
        raise(
            customer,
            "INCIDENT",
            "Cannot print PDF files from Adobe Acrobat " + RUN,
            "Printing a PDF from Acrobat fails with an error.");
    flagged(agent, duplicate);

    var linked = agent.post("/api/v1/tickets/" + duplicate + "/duplicate/link", null);

    assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
    assertThat(linked.field("duplicateOf")).isEqualTo(original);
    JsonNode links = agent.get("/api/v1/tickets/" + duplicate + "/links").json();
    assertThat(links.get(0).path("kind").asString()).isEqualTo("DUPLICATE_OF");
    assertThat(links.get(0).path("key").asString()).isEqualTo(original);
    assertThat(similar(agent, duplicate).path("duplicate").path("state").asString())
        .isEqualTo("LINKED");
    assertThat(agent.get("/api/v1/tickets/" + duplicate).field("status")).isNotEqualTo("CLOSED");
  }

  @Test
  void neverListsOrFlagsAnotherTenantsTickets() {
    Api globex = new Api(port).as("agent2");
    String subject = "SAP login fails with error 401 " + RUN;
    String description = "Since this morning SAP refuses my login with error 401.";
    String acme = raise(customer, "INCIDENT", subject, description);
    String globexTicket = raise(globex, "INCIDENT", subject, description);

    assertThat(keys(similar(agent, acme).path("open"))).doesNotContain(globexTicket);
    JsonNode fromGlobex = similar(globex, globexTicket);
    assertThat(keys(fromGlobex.path("open"))).doesNotContain(acme);
    assertThat(fromGlobex.path("duplicate").isNull()).isTrue();
    assertProblem(
        globex.get(
            "/api/v1/tickets/" + SimilarTicketsApi.keyUnknownTo(globex, agent, acme) + "/similar"),
        404);
  }

  @Test
  void theTicketPageLoadsTheCardWithTheFlagsActions() {
    String original =
        raise(
            customer,
            "INCIDENT",
            "Laptop battery drains in an hour " + RUN,
            "The battery of my laptop is empty after one hour.");
    similar(agent, original);
    String duplicate =
        raise(
            customer,
            "INCIDENT",
            "Laptop battery drains within an hour " + RUN,
            "My laptop battery is empty after one hour.");
    flagged(agent, duplicate);
    Api browser = new Api(port).signedIn("agent");

    var card = browser.get("/tickets/" + duplicate + "/similar");

    assertThat(card.status()).isEqualTo(200);
    assertThat(card.text())
        .contains(
            original,
            "/tickets/" + duplicate + "/duplicate/dismiss",
            "/tickets/" + duplicate + "/merge");
    assertThat(browser.get("/tickets/" + duplicate).text())
        .contains("/tickets/" + duplicate + "/similar");
  }

  private void resolve(String key, String resolution) {
    String task = agent.openTask(key).path("id").asString();
    var done =
        agent.post(
            "/api/v1/tasks/" + task + "/complete",
            "{\"outcome\":\"resolved\",\"resolution\":\"%s\"}".formatted(resolution));
    assertThat(done.status()).as(done.toString()).isEqualTo(204);
  }
}
