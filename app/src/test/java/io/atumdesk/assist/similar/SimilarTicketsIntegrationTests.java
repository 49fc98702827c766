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
    // A topic no other test raises tickets about: the suite shares one database, and other
    // tests' near-identical tickets would crowd the few places of the list.
    String scanner =
        raise(
            customer,
            "INCIDENT",
            "Warehouse barcode scanner beeps but reads nothing " + RUN,
            "The handheld barcode scanner at the loading dock beeps and shows no code.");
    String resolvedScanner =
        raise(
            customer,
            "INCIDENT",
            "Barcode scanner does not read labels " + RUN,
            "Our warehouse scanner beeps on every label but no barcode arrives.");
    resolve(resolvedScanner, "Re-paired the scanner with its cradle");
    String payroll =
        raise(
            customer,
            "INCIDENT",
            "Payroll portal password expired " + RUN,
            "I cannot sign in to the payroll portal since my password expired.");
    String again =
        raise(
            customer,
            "INCIDENT",
            "Barcode scanner beeps again without reading " + RUN,
            "The warehouse barcode scanner beeps but reads no barcode.");

    JsonNode view = similar(agent, again);

    List<String> open = keys(view.path("open"));
    assertThat(open).contains(scanner).doesNotContain(again, resolvedScanner);
    assertThat(keys(view.path("resolved"))).contains(resolvedScanner);
    JsonNode best = view.path("resolved").get(keys(view.path("resolved")).indexOf(resolvedScanner));
    assertThat(best.path("resolution").asString())
        .isEqualTo("Re-paired the scanner with its cradle");
    assertThat(best.path("status").asString()).isEqualTo("RESOLVED");
    List<Double> scores = new ArrayList<>();
    view.path("open").forEach(s -> scores.add(s.path("score").asDouble()));
    assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(scores).allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
    if (open.contains(payroll)) {
      assertThat(scores.get(open.indexOf(payroll))).isLessThan(scores.get(open.indexOf(scanner)));
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
