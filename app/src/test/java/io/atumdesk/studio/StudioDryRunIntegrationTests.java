package io.atumdesk.studio;

import static io.atumdesk.Problems.assertProblem;
import static io.atumdesk.studio.StudioModels.PROCESSES;
import static io.atumdesk.studio.StudioModels.draftForm;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import io.atumdesk.workflow.DryRuns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A designer dry-runs acme's incident process in the sandbox: the decisions are made on the sample
 * fields, the actions that would touch a ticket or send are not run, the tasks are completed from
 * the studio until the end, and no ticket, task, timeline entry, SLA clock, notification, outbox
 * message or webhook delivery results. Closing removes the run.
 */
@IntegrationTest
class StudioDryRunIntegrationTests {

  static final String SAMPLE =
      "{\"sample\":{\"impact\":\"HIGH\",\"urgency\":\"HIGH\",\"category\":\"network\",\"type\":\"INCIDENT\"}}";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired DryRuns dryRuns;
  Api designer;

  @BeforeEach
  void signIn() {
    designer = new Api(port).as("designer");
  }

  @AfterEach
  void noDraftLeft() {
    StudioCleanup.discardDraft(designer, "incident");
  }

  @Test
  void aDryRunTakesThePathMakesTheDecisionsAndSendsNothing() throws InterruptedException {
    Map<String, Long> before = settledProductionRows();
    long sandboxes = dryRuns.open("acme");

    var started = designer.post(PROCESSES + "incident/dry-runs", SAMPLE);
    assertThat(started.status()).as(started.toString()).isEqualTo(201);
    JsonNode run = started.json();
    String id = run.path("runId").asString();
    assertThat(dryRuns.open("acme")).isEqualTo(sandboxes + 1);

    assertThat(steps(run))
        .containsSubsequence(
            "incidentRaised",
            "decidePriority",
            "routeIncident",
            "decideSla",
            "startSla",
            "resolveIncident");
    assertThat(steps(run)).contains("toDecidePriority", "toResolveIncident");
    JsonNode priority = action(run, "decidePriority");
    assertThat(priority.path("ran").asBoolean()).isTrue();
    assertThat(priority.path("inputs").asString()).contains("impact = HIGH", "urgency = HIGH");
    assertThat(priority.path("outputs").asString()).contains("priority = P1");
    assertThat(action(run, "startSla").path("ran").asBoolean()).isFalse();
    assertThat(action(run, "startSla").path("summary").asString()).contains("not run in a dry run");
    JsonNode task = run.path("openTasks").get(0);
    assertThat(task.path("elementId").asString()).isEqualTo("resolveIncident");

    JsonNode resolved = complete(id, task, "{\"formData\":{\"outcome\":\"resolved\"}}");
    assertThat(resolved.path("openTasks").get(0).path("elementId").asString())
        .isEqualTo("confirmResolution");
    JsonNode finished =
        complete(
            id,
            resolved.path("openTasks").get(0),
            "{\"formData\":{\"confirmation\":\"accepted\"}}");

    assertThat(finished.path("finished").asBoolean()).isTrue();
    assertThat(steps(finished))
        .containsSubsequence("resolved", "confirmResolution", "accepted", "incidentClosed");
    assertThat(productionRows()).isEqualTo(before);
    assertThat(designer.get(PROCESSES + "incident/audit").json().get(0).path("action").asString())
        .isEqualTo("DRY_RUN");

    assertThat(designer.delete(PROCESSES + "incident/dry-runs/" + id).status()).isEqualTo(204);
    assertProblem(designer.get(PROCESSES + "incident/dry-runs/" + id), 404);
    assertThat(dryRuns.open("acme")).isEqualTo(sandboxes);
  }

  @Test
  void aDryRunRunsTheSavedDraftNotTheCurrentVersion() {
    int revision = designer.get(PROCESSES + "incident/draft").json().path("revision").asInt();
    designer.send(
        "PUT",
        PROCESSES + "incident/draft",
        draftForm(StudioModels.incidentWithReview(), revision));

    JsonNode run = designer.post(PROCESSES + "incident/dry-runs", SAMPLE).json();

    assertThat(run.path("openTasks").get(0).path("elementId").asString())
        .isEqualTo("reviewIncident");
    assertThat(
            designer
                .get(PROCESSES + "incident/dry-runs/" + run.path("runId").asString() + "/model")
                .text())
        .contains("reviewIncident");
    designer.delete(PROCESSES + "incident/dry-runs/" + run.path("runId").asString());
  }

  @Test
  void anInvalidDraftOrBadSampleIsRefusedAndOtherTenantsSeeNoRun() {
    int revision = designer.get(PROCESSES + "incident/draft").json().path("revision").asInt();
    designer.send(
        "PUT",
        PROCESSES + "incident/draft",
        draftForm(
            StudioModels.shipped("incident")
                .replace("flowable:formKey=\"resume-work\"", "flowable:formKey=\"no-such-form\""),
            revision));
    var invalid = designer.post(PROCESSES + "incident/dry-runs", SAMPLE);
    assertProblem(invalid, 400);
    assertThat(invalid.text()).contains("awaitRequester", "no-such-form");
    StudioCleanup.discardDraft(designer, "incident");

    assertProblem(
        designer.post(PROCESSES + "incident/dry-runs", "{\"sample\":{\"ticketId\":1}}"), 400);
    assertProblem(
        designer.post(PROCESSES + "incident/dry-runs", "{\"sample\":{\"impact\":{\"a\":1}}}"), 400);

    String id =
        designer.post(PROCESSES + "incident/dry-runs", SAMPLE).json().path("runId").asString();
    assertProblem(new Api(port).as("designer2").get(PROCESSES + "incident/dry-runs/" + id), 404);
    assertProblem(new Api(port).as("designer2").delete(PROCESSES + "incident/dry-runs/" + id), 404);
    assertProblem(designer.get(PROCESSES + "change/dry-runs/" + id), 404);
    assertProblem(new Api(port).as("agent").post(PROCESSES + "incident/dry-runs", SAMPLE), 403);
    assertProblem(
        designer.post(PROCESSES + "incident/dry-runs/" + id + "/tasks/no-such-task/complete", "{}"),
        404);
    designer.delete(PROCESSES + "incident/dry-runs/" + id);
  }

  @Test
  void runsNobodyClosedAreRemovedAfterTheirTime() {
    String id =
        designer.post(PROCESSES + "incident/dry-runs", SAMPLE).json().path("runId").asString();
    long open = dryRuns.open("acme");

    dryRuns.removeStale(java.time.Instant.now().plus(java.time.Duration.ofHours(3)));

    assertThat(dryRuns.open("acme")).isLessThan(open);
    assertProblem(designer.get(PROCESSES + "incident/dry-runs/" + id), 404);
  }

  private JsonNode complete(String id, JsonNode task, String body) {
    var done =
        designer.post(
            PROCESSES
                + "incident/dry-runs/"
                + id
                + "/tasks/"
                + task.path("taskId").asString()
                + "/complete",
            body);
    assertThat(done.status()).as(done.toString()).isEqualTo(200);
    return done.json();
  }

  /**
   * The counts once earlier tests' work after their commits (storm children resolved, triage
   * suggestions for tickets raised before a model was loaded) has stopped writing: the suite shares
   * one database, and these counts span all of it.
   */
  private Map<String, Long> settledProductionRows() throws InterruptedException {
    Map<String, Long> counts = productionRows();
    for (int tries = 0; tries < 30; tries++) {
      Thread.sleep(1000);
      Map<String, Long> again = productionRows();
      if (again.equals(counts)) {
        return again;
      }
      counts = again;
    }
    return counts;
  }

  private Map<String, Long> productionRows() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table :
        List.of(
            "ticket",
            "timeline_entry",
            "sla_clock",
            "notification",
            "outbox_message",
            "webhook_delivery")) {
      counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
    }
    counts.put(
        "tasks",
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM ACT_RU_TASK WHERE TENANT_ID_ = 'acme'", Long.class));
    return counts;
  }

  private static List<String> steps(JsonNode run) {
    List<String> ids = new ArrayList<>();
    run.path("path").forEach(s -> ids.add(s.path("elementId").asString()));
    return ids;
  }

  private static JsonNode action(JsonNode run, String elementId) {
    for (JsonNode a : run.path("actions")) {
      if (a.path("elementId").asString().equals(elementId)) {
        return a;
      }
    }
    throw new AssertionError("no action at " + elementId + " in " + run);
  }
}
