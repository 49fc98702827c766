package io.atumdesk.assist.similar;

import static io.atumdesk.assist.similar.SimilarTicketsApi.RUN;
import static io.atumdesk.assist.similar.SimilarTicketsApi.raise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An alert storm: five near-identical tickets from one source within minutes are grouped under one
 * parent incident, which shows their count; the children leave the inbox's work views.
 */
@IntegrationTest
class AlertStormIntegrationTests {

  @LocalServerPort int port;

  @Test
  void groupsAStormUnderOneParentIncidentAndKeepsItsChildrenOutOfTheQueues() {
    Api agent = new Api(port).as("agent");
    String source = "[disk-" + RUN + "]";
    List<String> storm =
        raiseFive(
            agent,
            source + " Disk almost full on db-0%d",
            "Filesystem /var on db-0%d is 95 percent full.");

    JsonNode first =
        await()
            .atMost(Duration.ofSeconds(90))
            .pollInterval(Duration.ofMillis(300))
            .until(
                () ->
                    agent.get("/api/v1/tickets/" + storm.get(0) + "/similar").json().path("storm"),
                s -> !s.isNull() && !s.isMissingNode() && s.path("children").asLong() == 5);
    String parent = first.path("parent").asString();
    assertThat(first.path("leads").asBoolean()).isFalse();
    assertThat(storm).doesNotContain(parent);

    JsonNode fromParent = agent.get("/api/v1/tickets/" + parent + "/similar").json().path("storm");
    assertThat(fromParent.path("leads").asBoolean()).isTrue();
    assertThat(fromParent.path("children").asLong()).isEqualTo(5);
    List<String> children = new ArrayList<>();
    fromParent.path("firstChildren").forEach(c -> children.add(c.asString()));
    assertThat(children).containsExactlyInAnyOrderElementsOf(storm);
    var parentTicket = agent.get("/api/v1/tickets/" + parent);
    assertThat(parentTicket.field("subject")).startsWith("Alert storm: " + source);
    assertThat(parentTicket.field("type")).isEqualTo("INCIDENT");
    JsonNode links = agent.get("/api/v1/tickets/" + parent + "/links").json();
    assertThat(links)
        .hasSize(5)
        .allSatisfy(l -> assertThat(l.path("kind").asString()).isEqualTo("PARENT_OF"));

    List<String> queued = new ArrayList<>();
    agent
        .get("/api/v1/inbox?view=ALL_OPEN&text=" + RUN.toLowerCase() + "&size=50")
        .json()
        .path("items")
        .forEach(r -> queued.add(r.path("key").asString()));
    assertThat(queued).contains(parent).doesNotContainAnyElementsOf(storm);
  }

  @Test
  void aSixthAlertJoinsTheRunningStormAndOtherSourcesStayApart() {
    Api agent = new Api(port).as("agent");
    String source = "[cpu-" + RUN + "]";
    List<String> storm =
        raiseFive(
            agent,
            source + " CPU load above 95 percent on app-0%d",
            "Load on app-0%d has been above 95 percent for 5 minutes.");
    String parent = parentOf(agent, storm.get(0));

    String late =
        raise(
            agent,
            "INCIDENT",
            source + " CPU load above 95 percent on app-06",
            "Load on app-06 has been above 95 percent for 5 minutes.");
    String elsewhere =
        raise(
            agent,
            "INCIDENT",
            "[other-" + RUN + "] CPU load above 95 percent on app-07",
            "Load on app-07 has been above 95 percent for 5 minutes.");

    assertThat(parentOf(agent, late)).isEqualTo(parent);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                agent
                        .get("/api/v1/tickets/" + parent + "/similar")
                        .json()
                        .path("storm")
                        .path("children")
                        .asLong()
                    == 6);
    assertThat(SimilarTicketsApi.similar(agent, elsewhere).path("storm").isNull()).isTrue();
  }

  @Test
  void resolvingTheParentResolvesItsOpenChildrenThroughTheirOwnProcesses() {
    Api agent = new Api(port).as("agent");
    String source = "[memory-" + RUN + "]";
    String subject = source + " Memory above 90 percent on web-0%d";
    String description = "Memory use on web-0%d has been above 90 percent for 10 minutes.";
    List<String> storm = raiseFive(agent, subject, description);
    String parent = parentOf(agent, storm.get(0));
    String request =
        raise(agent, "SERVICE_REQUEST", subject.formatted(6), description.formatted(6));
    assertThat(parentOf(agent, request)).isEqualTo(parent);
    String byHand = storm.get(4);
    resolve(agent, byHand, "Restarted web-05 by hand.");

    resolve(agent, parent, "Rolled back the leaking release.");

    for (String child : storm.subList(0, 4)) {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> agent.get("/api/v1/tickets/" + child).field("status"), "RESOLVED"::equals);
      assertThat(agent.get("/api/v1/tickets/" + child).field("resolution"))
          .isEqualTo("Rolled back the leaking release.");
      assertThat(SimilarTicketsApi.timeline(agent, child))
          .contains("Resolved with parent " + parent + ": Rolled back the leaking release.");
      JsonNode clocks = agent.get("/api/v1/tickets/" + child + "/sla").json();
      assertThat(clocks).isNotEmpty();
      clocks.forEach(
          clock ->
              assertThat(clock.path("state").asString())
                  .as(child + " " + clock.path("kind").asString())
                  .isIn("STOPPED", "PAUSED"));
    }
    // A request's process has no incident's resolve step: it stays open and says why.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> SimilarTicketsApi.timeline(agent, request),
            bodies ->
                bodies.stream()
                    .anyMatch(
                        b ->
                            b.startsWith(
                                "Not resolved with parent "
                                    + parent
                                    + ": its process waits at 'Fulfil the request'")));
    assertThat(agent.get("/api/v1/tickets/" + request).field("status")).isNotEqualTo("RESOLVED");
    assertThat(agent.get("/api/v1/tickets/" + byHand).field("resolution"))
        .isEqualTo("Restarted web-05 by hand.");
    assertThat(SimilarTicketsApi.timeline(agent, byHand))
        .noneMatch(b -> b.contains("with parent " + parent));
  }

  /** Completes the ticket's open "resolve" step as an agent does, through the task API. */
  private static void resolve(Api agent, String key, String resolution) {
    String task = agent.openTask(key).path("id").asString();
    var done =
        agent.post(
            "/api/v1/tasks/" + task + "/complete",
            "{\"outcome\":\"resolved\",\"resolution\":\"%s\"}".formatted(resolution));
    assertThat(done.status()).as(done.toString()).isEqualTo(204);
  }

  /** Five tickets from one source, one per host, as monitoring raises them in a storm. */
  private static List<String> raiseFive(Api agent, String subject, String description) {
    List<String> keys = new ArrayList<>();
    for (int host = 1; host <= 5; host++) {
      keys.add(raise(agent, "INCIDENT", subject.formatted(host), description.formatted(host)));
    }
    return keys;
  }

  private static String parentOf(Api agent, String key) {
    return await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(300))
        .until(
            () ->
                agent
                    .get("/api/v1/tickets/" + key + "/similar")
                    .json()
                    .path("storm")
                    .path("parent")
                    .asString(""),
            p -> !p.isEmpty());
  }
}
