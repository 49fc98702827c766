package io.atumdesk.studio;

import static io.atumdesk.Problems.assertProblem;
import static io.atumdesk.studio.StudioModels.LIST;
import static io.atumdesk.studio.StudioModels.PROCESSES;
import static io.atumdesk.studio.StudioModels.draftForm;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A designer validates, drafts, publishes and rolls back the incident process of acme through the
 * API: tickets raised after a publish run on the new version, running ones keep theirs, globex is
 * untouched, and two editors of one draft cannot overwrite each other.
 */
@IntegrationTest
class StudioApiIntegrationTests {

  static final String INCIDENT =
      "{\"type\":\"INCIDENT\",\"subject\":\"Printer jammed\",\"impact\":\"LOW\",\"urgency\":\"LOW\",\"category\":\"hardware\"}";

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;
  @Autowired RepositoryService repository;
  Api designer;

  @BeforeEach
  void signIn() {
    designer = new Api(port).as("designer");
  }

  @AfterEach
  void acmeRunsTheShippedIncidentProcessAgain() {
    StudioCleanup.backToShipped(designer, "incident");
  }

  @Test
  void theShippedIncidentProcessValidates() {
    var result =
        designer.sendXml(PROCESSES + "incident/validate", StudioModels.shipped("incident"));
    assertThat(result.status()).as(result.toString()).isEqualTo(200);
    assertThat(result.json().path("valid").asBoolean()).isTrue();
    assertThat(result.json().path("problems")).isEmpty();
  }

  @Test
  void validationNamesEachProblemAtItsElement() {
    String xml =
        StudioModels.withElements(
            "problem",
            """
            <userTask id="orphanStep" name="Nobody gets here" flowable:candidateGroups="no-such-group"
                      flowable:formKey="no-such-form"/>
            <serviceTask id="unknownTable" name="Decide" flowable:delegateExpression="${action}">
              <extensionElements>
                <flowable:field name="action" stringValue="evaluateDecision"/>
                <flowable:field name="decision" stringValue="no-such-table"/>
              </extensionElements>
            </serviceTask>
            <serviceTask id="madeUpAction" name="Do it" flowable:delegateExpression="${action}">
              <extensionElements><flowable:field name="action" stringValue="launchRockets"/></extensionElements>
            </serviceTask>
            """);
    JsonNode result = designer.sendXml(PROCESSES + "problem/validate", xml).json();

    assertThat(result.path("valid").asBoolean()).isFalse();
    assertThat(problemsAt(result.path("problems"), "orphanStep"))
        .anyMatch(m -> m.contains("cannot be reached"))
        .anyMatch(m -> m.contains("group 'no-such-group'"))
        .anyMatch(m -> m.contains("form 'no-such-form'"));
    assertThat(problemsAt(result.path("problems"), "unknownTable"))
        .anyMatch(m -> m.contains("decision table 'no-such-table'"));
    assertThat(problemsAt(result.path("problems"), "madeUpAction"))
        .anyMatch(m -> m.contains("unknown action 'launchRockets'"));
  }

  @Test
  void aModelMustKeepItsProcessKey() {
    JsonNode result =
        designer.sendXml(PROCESSES + "incident/validate", StudioModels.shipped("problem")).json();
    assertThat(problemsAt(result.path("problems"), "problem"))
        .anyMatch(m -> m.contains("must stay 'incident'"));
  }

  @Test
  void aSecondEditorSavingAStaleDraftIsToldWhoSavedSince() {
    var admin = new Api(port).as("admin");
    int loaded = designer.get(PROCESSES + "change/draft").json().path("revision").asInt();
    assertThat(admin.get(PROCESSES + "change/draft").json().path("revision").asInt())
        .isEqualTo(loaded);
    String xml = StudioModels.shipped("change");

    var first = designer.send("PUT", PROCESSES + "change/draft", draftForm(xml, loaded));
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    assertThat(first.json().path("revision").asInt()).isEqualTo(loaded + 1);
    assertThat(first.field("savedBy")).isEqualTo("designer");

    var second = admin.send("PUT", PROCESSES + "change/draft", draftForm(xml, loaded));
    assertProblem(second, 409);
    assertThat(second.field("detail")).contains("Dana Designer").contains("revision " + loaded);
    assertThat(designer.get(PROCESSES + "change/draft").json().path("savedBy").asString())
        .isEqualTo("designer");
  }

  @Test
  void savingADraftLeavesRunningAndNewTicketsAlone() {
    int loaded = designer.get(PROCESSES + "incident/draft").json().path("revision").asInt();
    var saved =
        designer.send(
            "PUT",
            PROCESSES + "incident/draft",
            draftForm(StudioModels.incidentWithReview(), loaded));
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

    String key = raise(new Api(port).as("customer"));
    assertThat(runtime.getActiveActivityIds(instance(key))).containsExactly("resolveIncident");
    StudioCleanup.discardDraft(designer, "incident");
  }

  @Test
  void publishingStartsNewTicketsOnTheNewVersionAndRunningOnesKeepTheirs() {
    var customer = new Api(port).as("customer");
    String before = raise(customer);
    String beforeDefinition = definitionOf(before);

    var draft = designer.get(PROCESSES + "incident/draft").json();
    int parent = draft.path("parentVersion").asInt();
    var saved =
        designer.send(
            "PUT",
            PROCESSES + "incident/draft",
            draftForm(StudioModels.incidentWithReview(), draft.path("revision").asInt()));
    var published =
        designer.post(
            PROCESSES + "incident/publish",
            "{\"revision\":" + saved.json().path("revision").asInt() + "}");

    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    int version = published.json().path("version").asInt();
    assertThat(version).isGreaterThan(parent);
    assertThat(published.json().path("parentVersion").asInt()).isEqualTo(parent);

    String after = raise(customer);
    assertThat(runtime.getActiveActivityIds(instance(after))).containsExactly("reviewIncident");
    assertThat(deploymentNameOf(after)).isEqualTo("studio:incident:v" + version);
    assertThat(runtime.getActiveActivityIds(instance(before))).containsExactly("resolveIncident");
    assertThat(definitionOf(before)).isEqualTo(beforeDefinition);
    String globex = raise(new Api(port).as("customer2"));
    assertThat(runtime.getActiveActivityIds(instance("globex", globex)))
        .containsExactly("resolveIncident");

    JsonNode incident = process(designer.get(LIST).json(), "incident");
    JsonNode current = incident.path("versions").get(0);
    assertThat(current.path("version").asInt()).isEqualTo(version);
    assertThat(current.path("current").asBoolean()).isTrue();
    assertThat(current.path("openTickets").asLong()).isPositive();
    assertThat(incident.path("draft").isNull()).isTrue();
    assertThat(actions(designer.get(PROCESSES + "incident/audit").json()))
        .startsWith("PUBLISH:" + version, "SAVE:" + parent);
  }

  @Test
  void rollbackPublishesAnEarlierVersionAgain() {
    int shipped = designer.get(PROCESSES + "incident/draft").json().path("parentVersion").asInt();
    int revision = designer.get(PROCESSES + "incident/draft").json().path("revision").asInt();
    int saved =
        designer
            .send(
                "PUT",
                PROCESSES + "incident/draft",
                draftForm(StudioModels.incidentWithReview(), revision))
            .json()
            .path("revision")
            .asInt();
    int withReview =
        designer
            .post(PROCESSES + "incident/publish", "{\"revision\":" + saved + "}")
            .json()
            .path("version")
            .asInt();

    var rolledBack =
        designer.post(PROCESSES + "incident/rollback", "{\"version\":" + shipped + "}");

    assertThat(rolledBack.status()).as(rolledBack.toString()).isEqualTo(200);
    assertThat(rolledBack.json().path("version").asInt()).isEqualTo(withReview + 1);
    assertThat(rolledBack.json().path("parentVersion").asInt()).isEqualTo(shipped);
    String after = raise(new Api(port).as("customer"));
    assertThat(runtime.getActiveActivityIds(instance(after))).containsExactly("resolveIncident");
    assertThat(actions(designer.get(PROCESSES + "incident/audit").json()))
        .startsWith("ROLLBACK:" + (withReview + 1), "PUBLISH:" + withReview);
    assertProblem(
        designer.post(PROCESSES + "incident/rollback", "{\"version\":" + (withReview + 1) + "}"),
        409);
    assertProblem(designer.post(PROCESSES + "incident/rollback", "{\"version\":9999}"), 404);
    assertProblem(designer.post(PROCESSES + "incident/rollback", "{}"), 400);
  }

  @Test
  void onlyProcessDesignersAndAdminsReachTheStudio() {
    for (String user : List.of("agent", "customer", "cab")) {
      var api = new Api(port).as(user);
      assertProblem(api.get(LIST), 403);
      assertProblem(api.get(PROCESSES + "incident/draft"), 403);
      assertProblem(api.post(PROCESSES + "incident/publish", "{\"revision\":1}"), 403);
      assertProblem(api.get("/api/v1/studio/actions"), 403);
    }
    assertThat(new Api(port).as("admin").get(LIST).status()).isEqualTo(200);
    assertProblem(new Api(port).get(LIST), 401);
  }

  @Test
  void thePaletteListsEachActionWithItsParameters() {
    JsonNode actions = designer.get("/api/v1/studio/actions").json();
    JsonNode evaluate = null;
    for (JsonNode action : actions) {
      if (action.path("name").asString().equals("evaluateDecision")) {
        evaluate = action;
      }
    }
    assertThat(evaluate).isNotNull();
    assertThat(evaluate.path("requiredParameters").get(0).asString()).isEqualTo("decision");
    JsonNode choices = designer.get("/api/v1/studio/choices").json();
    assertThat(choices.path("forms").toString()).contains("resolve-incident");
    assertThat(choices.path("groups").toString()).contains("service-desk");
    assertThat(choices.path("decisions").toString()).contains("incident-priority");
  }

  private String raise(Api as) {
    var raised = as.post("/api/v1/tickets", INCIDENT);
    assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
    return raised.field("key");
  }

  private String instance(String ticketKey) {
    return instance("acme", ticketKey);
  }

  private String instance(String tenant, String ticketKey) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(ticketKey)
        .processInstanceTenantId(tenant)
        .singleResult()
        .getId();
  }

  private String definitionOf(String ticketKey) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceId(instance(ticketKey))
        .singleResult()
        .getProcessDefinitionId();
  }

  private String deploymentNameOf(String ticketKey) {
    var definition = repository.getProcessDefinition(definitionOf(ticketKey));
    return repository
        .createDeploymentQuery()
        .deploymentId(definition.getDeploymentId())
        .singleResult()
        .getName();
  }

  static JsonNode process(JsonNode processes, String key) {
    for (JsonNode process : processes) {
      if (process.path("processKey").asString().equals(key)) {
        return process;
      }
    }
    throw new AssertionError("no process " + key + " in " + processes);
  }

  static List<String> problemsAt(JsonNode problems, String elementId) {
    List<String> messages = new ArrayList<>();
    problems.forEach(
        p -> {
          if (p.path("elementId").asString().equals(elementId)) {
            messages.add(p.path("message").asString());
          }
        });
    return messages;
  }

  private static List<String> actions(JsonNode audit) {
    List<String> lines = new ArrayList<>();
    audit.forEach(e -> lines.add(e.path("action").asString() + ":" + e.path("version").asInt()));
    return lines;
  }
}
