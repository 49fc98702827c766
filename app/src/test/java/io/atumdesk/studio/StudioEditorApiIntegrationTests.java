package io.atumdesk.studio;

import static io.atumdesk.Problems.assertProblem;
import static io.atumdesk.studio.EditorModels.DECISIONS;
import static io.atumdesk.studio.EditorModels.FORMS;
import static io.atumdesk.studio.EditorModels.body;
import static io.atumdesk.studio.EditorModels.content;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import io.atumdesk.core.TenantContext;
import io.atumdesk.form.FormSchemas;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A designer edits acme's decision tables and forms through the studio's API: drafts, validation
 * with each problem at its cell or field, publishing the tenant's next version, 409 for a second
 * editor, the audit trail; cells outside the allowed FEEL are refused with the cell named; globex
 * and steps opened before a form was published keep what they had.
 */
@IntegrationTest
class StudioEditorApiIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired FormSchemas forms;
  Api designer;
  Api globexDesigner;

  @BeforeEach
  void signIn() {
    designer = new Api(port).as("designer");
    globexDesigner = new Api(port).as("designer2");
  }

  @AfterEach
  void backToTheShippedModels() {
    EditorModels.cleanUp(jdbc, designer, globexDesigner);
  }

  @Test
  void aDecisionTableIsDraftedValidatedAndPublishedAsTheTenantsNextVersion() {
    JsonNode loaded = designer.get(DECISIONS + "incident-priority/draft").json();
    assertThat(loaded.path("revision").asInt()).isZero();
    assertThat(loaded.path("parentVersion").asInt()).isZero();
    String changed =
        loaded
            .path("content")
            .asString()
            .replace("Widespread and needed now: critical.", "Widespread and urgent: critical.");

    var saved = designer.send("PUT", DECISIONS + "incident-priority/draft", body(changed, 0));
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    assertThat(saved.json().path("revision").asInt()).isEqualTo(1);
    var valid = designer.post(DECISIONS + "incident-priority/validate", content(changed)).json();
    assertThat(valid.path("valid").asBoolean()).as(valid.toString()).isTrue();

    int newest =
        designer
            .get("/api/v1/decisions/incident-priority")
            .json()
            .path("versions")
            .valueStream()
            .mapToInt(v -> v.path("version").asInt())
            .max()
            .orElse(0);
    var published = designer.post(DECISIONS + "incident-priority/publish", "{\"revision\":1}");
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    assertThat(published.json().path("version").asInt())
        .as("the version after the newest the tenant had")
        .isEqualTo(newest + 1);

    var table = designer.get("/api/v1/decisions/incident-priority").json();
    assertThat(table.path("source").asString()).isEqualTo("tenant");
    assertThat(
            designer.get(DECISIONS + "incident-priority/draft").json().path("content").asString())
        .contains("Widespread and urgent: critical.");
    assertThat(
            globexDesigner
                .get("/api/v1/decisions/incident-priority")
                .json()
                .path("source")
                .asString())
        .isEqualTo("shipped");
    assertThat(designer.get(DECISIONS + "incident-priority/audit").json().valueStream())
        .extracting(e -> e.path("action").asString())
        .startsWith("PUBLISH", "SAVE");
  }

  @Test
  void aSecondEditorOfATableGets409NamingTheFirst() {
    String xml = EditorModels.shippedTable("incident-priority");
    designer.send("PUT", DECISIONS + "incident-priority/draft", body(xml, 0));

    var late =
        new Api(port).as("admin").send("PUT", DECISIONS + "incident-priority/draft", body(xml, 0));

    assertProblem(late, 409);
    assertThat(late.field("detail")).contains("Dana Designer").contains("revision 1");
    assertThat(
            globexDesigner
                .get(DECISIONS + "incident-priority/draft")
                .json()
                .path("revision")
                .asInt())
        .as("globex has a draft of its own")
        .isZero();
  }

  @Test
  void cellsOutsideTheAllowedFeelAreRefusedWithTheirRuleAndColumn() {
    String shipped = EditorModels.shippedTable("incident-priority");
    String calling =
        shipped.replace(
            "<outputEntry id=\"priority-high-high-priority\"><text>\"P1\"</text>",
            "<outputEntry id=\"priority-high-high-priority\"><text>now()</text>");
    String defining =
        shipped.replace(
            "<inputEntry id=\"priority-high-low-urgency\"><text>\"LOW\"</text>",
            "<inputEntry id=\"priority-high-low-urgency\"><text>function(x) x</text>");
    String allowed =
        shipped.replace(
            "<outputEntry id=\"priority-high-high-priority\"><text>\"P1\"</text>",
            "<outputEntry id=\"priority-high-high-priority\"><text>upper case(\"p1\")</text>");

    JsonNode call =
        designer.post(DECISIONS + "incident-priority/validate", content(calling)).json();
    assertThat(call.path("valid").asBoolean()).isFalse();
    JsonNode problem = call.path("problems").get(0);
    assertThat(problem.path("ruleId").asString()).isEqualTo("priority-high-high");
    assertThat(problem.path("columnId").asString()).isEqualTo("incident-priority-output");
    assertThat(problem.path("message").asString())
        .contains("rule 1 (priority-high-high), column 'priority'")
        .contains("'now()'");

    JsonNode definition =
        designer.post(DECISIONS + "incident-priority/validate", content(defining)).json();
    assertThat(definition.path("problems").get(0).path("columnId").asString())
        .isEqualTo("incident-priority-urgency");
    assertThat(definition.path("problems").get(0).path("message").asString())
        .contains("defines a function");

    assertThat(
            designer
                .post(DECISIONS + "incident-priority/validate", content(allowed))
                .json()
                .path("valid")
                .asBoolean())
        .isTrue();

    designer.send("PUT", DECISIONS + "incident-priority/draft", body(calling, 0));
    var refused = designer.post(DECISIONS + "incident-priority/publish", "{\"revision\":1}");
    assertProblem(refused, 400, "priority-high-high:incident-priority-output");
    assertThat(designer.get("/api/v1/decisions/incident-priority").json().path("source").asString())
        .isEqualTo("shipped");
  }

  @Test
  void aFormIsPublishedAsTheTenantsNextVersionAndOpenStepsKeepTheirs() {
    Instant before = Instant.now();
    JsonNode loaded = designer.get(FORMS + "resume-work/draft").json();
    assertThat(loaded.path("parentVersion").asInt())
        .as("the shipped form is version 1")
        .isEqualTo(1);
    String changed = EditorModels.resumeWorkWithContact();

    designer.send("PUT", FORMS + "resume-work/draft", body(changed, 0));
    assertThat(
            designer
                .post(FORMS + "resume-work/validate", content(changed))
                .json()
                .path("valid")
                .asBoolean())
        .isTrue();
    var published = designer.post(FORMS + "resume-work/publish", "{\"revision\":1}");

    assertThat(published.json().path("version").asInt()).as(published.toString()).isEqualTo(2);
    assertThat(designer.get(FORMS + "resume-work/draft").json().path("content").asString())
        .contains("\"contact\"");
    TenantContext.runAs(
        "acme",
        () -> {
          assertThat(forms.schemaJson("resume-work").orElseThrow()).contains("\"contact\"");
          assertThat(forms.schemaJson("resume-work", before).orElseThrow())
              .as("a step opened before keeps the form it opened with")
              .doesNotContain("\"contact\"");
        });
    TenantContext.runAs(
        "globex",
        () ->
            assertThat(forms.schemaJson("resume-work").orElseThrow())
                .doesNotContain("\"contact\""));
    assertThat(designer.get(FORMS + "resume-work/audit").json().valueStream())
        .extracting(e -> e.path("action").asString())
        .startsWith("PUBLISH", "SAVE");
  }

  @Test
  void formProblemsNameTheirComponent() {
    String duplicate =
        EditorModels.resumeWorkWithContact()
            .replace("\"key\": \"contact\"", "\"key\": \"comment\"");
    String html =
        EditorModels.resumeWorkWithContact()
            .replace("\"type\": \"textfield\"", "\"type\": \"html\"");
    String expression =
        EditorModels.resumeWorkWithContact()
            .replace("\"How to reach the requester\"", "\"=requester.phone\"");

    assertThat(problems(FORMS + "resume-work/validate", duplicate))
        .anyMatch(
            p ->
                p.path("elementId").asString().equals("contactField")
                    && p.path("message").asString().contains("'comment' a second time"));
    assertThat(problems(FORMS + "resume-work/validate", html))
        .anyMatch(
            p ->
                p.path("elementId").asString().equals("contactField")
                    && p.path("message").asString().contains("'html'"));
    assertThat(problems(FORMS + "resume-work/validate", expression))
        .anyMatch(p -> p.path("message").asString().contains("'label' holds an expression"));
    assertThat(
            problems(
                FORMS + "resume-work/validate",
                EditorModels.resumeWorkWithContact()
                    .replace("\"id\": \"resume-work\"", "\"id\": \"other\"")))
        .anyMatch(p -> p.path("message").asString().contains("its id must be 'resume-work'"));
  }

  @Test
  void aSecondEditorOfAFormGets409AndBrokenJsonIsRefused() {
    String schema = EditorModels.resumeWorkWithContact();
    designer.send("PUT", FORMS + "resume-work/draft", body(schema, 0));

    assertProblem(
        new Api(port).as("admin").send("PUT", FORMS + "resume-work/draft", body(schema, 0)), 409);
    assertProblem(
        designer.send("PUT", FORMS + "resume-work/draft", body("{not json", 1)), 400, "schema");
  }

  @Test
  void onlyDesignersAndAdminsReachTheEditorsAndUnknownModelsAre404() {
    Api agent = new Api(port).as("agent");
    assertProblem(agent.get(DECISIONS + "incident-priority/draft"), 403);
    assertProblem(agent.get(FORMS + "resume-work/draft"), 403);
    assertProblem(agent.post(DECISIONS + "incident-priority/publish", "{\"revision\":0}"), 403);
    assertProblem(designer.get(DECISIONS + "no-such-table/draft"), 404);
    assertProblem(designer.get(FORMS + "no-such-form/draft"), 404);
  }

  private java.util.List<JsonNode> problems(String path, String schema) {
    JsonNode result = designer.post(path, content(schema)).json();
    assertThat(result.path("valid").asBoolean()).as(result.toString()).isFalse();
    return result.path("problems").valueStream().toList();
  }
}
