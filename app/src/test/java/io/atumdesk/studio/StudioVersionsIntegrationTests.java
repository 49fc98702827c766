package io.atumdesk.studio;

import static io.atumdesk.Problems.assertProblem;
import static io.atumdesk.studio.StudioModels.PROCESSES;
import static io.atumdesk.studio.StudioModels.draftForm;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Between versions of acme's incident process: the diff of two versions and of the draft, and
 * running tickets moved from the shipped version to a published one with a preview, refused where
 * unsafe, their rows following the step they land on, and every step audited with the diff.
 */
@IntegrationTest
class StudioVersionsIntegrationTests {

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  Api designer;

  @BeforeEach
  void signIn() {
    designer = new Api(port).as("designer");
  }

  @AfterEach
  void acmeRunsTheShippedIncidentProcessAgain() {
    StudioCleanup.backToShipped(designer, "incident");
  }

  /** The incident process with its resolution step renamed: another id, name and ticket status. */
  static String incidentWithFixStep() {
    return StudioModels.shipped("incident")
        .replace("\"resolveIncident\"", "\"fixIncident\"")
        .replace("name=\"Resolve incident\"", "name=\"Fix the incident\"")
        .replace("flowable:category=\"NEW\"", "flowable:category=\"IN_PROGRESS\"");
  }

  @Test
  void theDiffNamesElementsAddedRemovedAndChanged() {
    int shipped = shippedVersion();
    int withReview = publish(StudioModels.incidentWithReview());

    JsonNode diff =
        designer.get(PROCESSES + "incident/diff?from=" + shipped + "&to=" + withReview).json();

    assertThat(diff.path("from").asString()).isEqualTo("v" + shipped);
    assertThat(diff.path("to").asString()).isEqualTo("v" + withReview);
    assertThat(ids(diff.path("diff").path("added")))
        .containsExactlyInAnyOrder("reviewIncident", "toResolveAfterReview");
    assertThat(ids(diff.path("diff").path("removed"))).isEmpty();
    JsonNode changed = diff.path("diff").path("changed");
    assertThat(ids(changed)).containsExactly("toResolveIncident");
    JsonNode change = changed.get(0).path("changes").get(0);
    assertThat(change.path("attribute").asString()).isEqualTo("target");
    assertThat(change.path("before").asString()).isEqualTo("resolveIncident");
    assertThat(change.path("after").asString()).isEqualTo("reviewIncident");

    JsonNode back = designer.get(PROCESSES + "incident/diff?from=current&to=" + shipped).json();
    assertThat(ids(back.path("diff").path("removed")))
        .containsExactlyInAnyOrder("reviewIncident", "toResolveAfterReview");
  }

  @Test
  void theDiffOfTheDraftShowsChangedAttributes() {
    int revision = designer.get(PROCESSES + "incident/draft").json().path("revision").asInt();
    String xml =
        StudioModels.shipped("incident")
            .replace("flowable:formKey=\"resume-work\"", "flowable:formKey=\"resolve-incident\"")
            .replace("stringValue=\"P3\"", "stringValue=\"P2\"");
    designer.send("PUT", PROCESSES + "incident/draft", draftForm(xml, revision));

    JsonNode changed =
        designer
            .get(PROCESSES + "incident/diff?from=current&to=draft")
            .json()
            .path("diff")
            .path("changed");

    assertThat(ids(changed)).containsExactlyInAnyOrder("awaitRequester", "decidePriority");
    assertThat(changed.toString())
        .contains(
            "\"attribute\":\"form\"",
            "\"before\":\"resume-work\"",
            "\"after\":\"resolve-incident\"")
        .contains("\"attribute\":\"parameter fallback.priority\"");
  }

  @Test
  void aDiffOfUnknownVersionsOrAnotherTenantsIsRefused() {
    int withReview = publish(StudioModels.incidentWithReview());
    assertProblem(designer.get(PROCESSES + "incident/diff?from=1&to=9999"), 404);
    assertProblem(designer.get(PROCESSES + "incident/diff?from=one&to=2"), 400);
    assertProblem(designer.get(PROCESSES + "incident/diff?to=2"), 400);
    assertProblem(designer.get(PROCESSES + "no-such-process/diff?from=current&to=draft"), 404);
    var globex = new Api(port).as("designer2");
    assertProblem(globex.get(PROCESSES + "incident/diff?from=1&to=" + withReview), 404);
    assertProblem(new Api(port).as("agent").get(PROCESSES + "incident/diff?from=1&to=2"), 403);
  }

  @Test
  void aTicketOnTheShippedVersionMovesToTheMappedStepOfTheNewOne() {
    String onShipped = raise("customer");
    String instance = instance("acme", onShipped);
    // Earlier tests' rollbacks publish the shipped model again under a new number: the current one.
    int current =
        StudioApiIntegrationTests.process(designer.get(StudioModels.LIST).json(), "incident")
            .path("versions")
            .get(0)
            .path("version")
            .asInt();
    int fix = publish(incidentWithFixStep());
    String mapping = "{\"resolveIncident\":\"fixIncident\"}";

    JsonNode running = designer.get(PROCESSES + "incident/instances?version=" + current).json();
    assertThat(running.toString()).contains(onShipped);

    JsonNode preview =
        designer
            .post(
                PROCESSES + "incident/migrations/preview", request(fix, List.of(instance), mapping))
            .json()
            .get(0);
    assertThat(preview.path("allowed").asBoolean()).as(preview.toString()).isTrue();
    assertThat(preview.path("activities").toString()).contains("resolveIncident");
    assertThat(preview.path("landing").toString()).contains("fixIncident");
    assertThat(runtime.getActiveActivityIds(instance)).containsExactly("resolveIncident");

    var moved =
        designer.post(PROCESSES + "incident/migrations", request(fix, List.of(instance), mapping));

    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(moved.json().get(0).path("migrated").asBoolean()).isTrue();
    assertThat(runtime.getActiveActivityIds(instance)).containsExactly("fixIncident");
    var task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(task.getName()).isEqualTo("Fix the incident");
    JsonNode ticket = new Api(port).as("agent").get("/api/v1/tickets/" + onShipped).json();
    assertThat(ticket.path("status").asString()).isEqualTo("IN_PROGRESS");
    JsonNode audit = designer.get(PROCESSES + "incident/audit").json().get(0);
    assertThat(audit.path("action").asString()).isEqualTo("MIGRATE");
    assertThat(audit.path("detail").asString()).contains("moved 1 of 1", onShipped);
    assertThat(audit.path("diff").asString())
        .contains("+ fixIncident", "- resolveIncident", "moved " + onShipped);

    // The agent completes the moved task and the ticket goes on along the new version.
    tasks.complete(task.getId(), Map.of("outcome", "resolved"));
    assertThat(runtime.getActiveActivityIds(instance)).contains("confirmResolution");
  }

  @Test
  void unsafeOrForeignInstancesAreRefusedWithAReasonAndLeftAlone() {
    String unmapped = instance("acme", raise("customer"));
    String atTimer = instance("acme", raise("customer"));
    var resolve = tasks.createTaskQuery().processInstanceId(atTimer).singleResult();
    tasks.complete(resolve.getId(), Map.of("outcome", "resolved"));
    String globex = instance("globex", raise("customer2"));
    int fix = publish(incidentWithFixStep());

    JsonNode preview =
        designer
            .post(
                PROCESSES + "incident/migrations/preview",
                request(fix, List.of(unmapped, atTimer, globex, "no-such-instance"), "{}"))
            .json();

    assertThat(preview.get(0).path("allowed").asBoolean()).isFalse();
    assertThat(preview.get(0).path("refusal").asString())
        .contains("'resolveIncident'", "does not have");
    assertThat(preview.get(1).path("refusal").asString())
        .contains("autoCloseTimer", "start again from now");
    assertThat(preview.get(2).path("refusal").asString())
        .contains("not a running instance of your tenant");
    assertThat(preview.get(3).path("refusal").asString())
        .contains("not a running instance of your tenant");

    JsonNode outcome =
        designer
            .post(
                PROCESSES + "incident/migrations",
                request(fix, List.of(unmapped, atTimer, globex), "{}"))
            .json();
    for (JsonNode each : outcome) {
      assertThat(each.path("migrated").asBoolean()).isFalse();
    }
    assertThat(runtime.getActiveActivityIds(unmapped)).containsExactly("resolveIncident");
    assertThat(runtime.getActiveActivityIds(atTimer)).contains("confirmResolution");
    assertThat(designer.get(PROCESSES + "incident/audit").json().get(0).path("detail").asString())
        .contains("moved 0 of 3");

    assertProblem(
        designer.post(PROCESSES + "incident/migrations", "{\"toVersion\":" + fix + "}"), 400);
    assertProblem(
        designer.post(
            PROCESSES + "incident/migrations/preview", request(9999, List.of(unmapped), "{}")),
        404);
    assertProblem(
        new Api(port)
            .as("agent")
            .post(PROCESSES + "incident/migrations", request(fix, List.of(unmapped), "{}")),
        403);
  }

  @Test
  void publishAndRollbackAreAuditedWithTheirDiff() {
    int shipped = shippedVersion();
    int withReview = publish(StudioModels.incidentWithReview());
    JsonNode published = designer.get(PROCESSES + "incident/audit").json().get(0);
    assertThat(published.path("action").asString()).isEqualTo("PUBLISH");
    assertThat(published.path("diff").asString())
        .contains("+ reviewIncident (userTask 'Review the incident')")
        .contains("~ toResolveIncident target: 'resolveIncident' -> 'reviewIncident'");

    designer.post(PROCESSES + "incident/rollback", "{\"version\":" + shipped + "}");
    JsonNode rolledBack = designer.get(PROCESSES + "incident/audit").json().get(0);
    assertThat(rolledBack.path("action").asString()).isEqualTo("ROLLBACK");
    assertThat(rolledBack.path("version").asInt()).isEqualTo(withReview + 1);
    assertThat(rolledBack.path("diff").asString()).contains("- reviewIncident");
  }

  private int publish(String xml) {
    int revision = designer.get(PROCESSES + "incident/draft").json().path("revision").asInt();
    var saved = designer.send("PUT", PROCESSES + "incident/draft", draftForm(xml, revision));
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    var published =
        designer.post(
            PROCESSES + "incident/publish",
            "{\"revision\":" + saved.json().path("revision").asInt() + "}");
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    return published.json().path("version").asInt();
  }

  private int shippedVersion() {
    for (JsonNode v :
        StudioApiIntegrationTests.process(designer.get(StudioModels.LIST).json(), "incident")
            .path("versions")) {
      if (v.path("shipped").asBoolean()) {
        return v.path("version").asInt();
      }
    }
    throw new AssertionError("no shipped incident version");
  }

  private String raise(String user) {
    var raised = new Api(port).as(user).post("/api/v1/tickets", StudioApiIntegrationTests.INCIDENT);
    assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
    return raised.field("key");
  }

  private String instance(String tenant, String ticketKey) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(ticketKey)
        .processInstanceTenantId(tenant)
        .singleResult()
        .getId();
  }

  private static String request(int toVersion, List<String> instances, String mappings) {
    return "{\"toVersion\":%d,\"instances\":[%s],\"mappings\":%s}"
        .formatted(
            toVersion,
            String.join(",", instances.stream().map(StudioModels::json).toList()),
            mappings);
  }

  private static List<String> ids(JsonNode elements) {
    List<String> ids = new ArrayList<>();
    elements.forEach(e -> ids.add(e.path("id").asString()));
    return ids;
  }
}
