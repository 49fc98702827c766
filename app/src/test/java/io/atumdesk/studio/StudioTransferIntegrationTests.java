package io.atumdesk.studio;

import static io.atumdesk.Problems.assertProblem;
import static io.atumdesk.studio.EditorModels.FORMS;
import static io.atumdesk.studio.EditorModels.body;
import static io.atumdesk.studio.StudioModels.PROCESSES;
import static io.atumdesk.studio.StudioModels.draftForm;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.Api.FilePart;
import io.atumdesk.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Export and import of a tenant's models: acme's export imported into globex deploys the same
 * models there; an import is checked whole before anything deploys, and every bad zip (traversal,
 * unknown files, DOCTYPE, bombs, too many or too large entries, not a zip) is refused by entry.
 */
@IntegrationTest
class StudioTransferIntegrationTests {

  static final String EXPORT = "/api/v1/studio/export";
  static final String IMPORT = "/api/v1/studio/import";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
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
  void acmesExportImportedIntoGlobexDeploysTheSameModelsThere() {
    designer.send(
        "PUT", PROCESSES + "incident/draft", draftForm(StudioModels.incidentWithReview(), 0));
    designer.post(PROCESSES + "incident/publish", "{\"revision\":1}");
    designer.send(
        "PUT", FORMS + "resume-work/draft", body(EditorModels.resumeWorkWithContact(), 0));
    designer.post(FORMS + "resume-work/publish", "{\"revision\":1}");

    var exported = designer.download(EXPORT);
    assertThat(exported.statusCode()).isEqualTo(200);
    Map<String, String> acme = EditorModels.unzip(exported.body());
    assertThat(acme)
        .containsKeys(
            "processes/incident.bpmn20.xml",
            "rules/incident-priority.dmn",
            "forms/resume-work.form");
    assertThat(acme.get("processes/incident.bpmn20.xml")).contains("reviewIncident");

    var imported = globexDesigner.upload(IMPORT, FilePart.of("acme.zip", exported.body()));

    assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
    assertThat(imported.json().path("deployed").valueStream().map(n -> n.asString()))
        .contains("processes/incident.bpmn20.xml", "forms/resume-work.form");
    Map<String, String> globex = EditorModels.unzip(globexDesigner.download(EXPORT).body());
    assertThat(globex.get("processes/incident.bpmn20.xml"))
        .isEqualTo(acme.get("processes/incident.bpmn20.xml"));
    assertThat(globex.get("forms/resume-work.form")).isEqualTo(acme.get("forms/resume-work.form"));
    assertThat(globexDesigner.get("/api/v1/studio/processes/incident/audit").json().valueStream())
        .anyMatch(e -> e.path("action").asString().equals("IMPORT"));

    var again = globexDesigner.upload(IMPORT, FilePart.of("acme.zip", exported.body()));
    assertThat(again.json().path("deployed"))
        .as("an import of what is current changes nothing")
        .isEmpty();
  }

  @Test
  void anImportWithOneBadModelDeploysNothing() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("forms/resume-work.form", bytes(EditorModels.resumeWorkWithContact()));
    entries.put(
        "rules/incident-priority.dmn",
        bytes(
            EditorModels.shippedTable("incident-priority")
                .replace("<text>\"P1\"</text>", "<text>now()</text>")));

    var refused = designer.upload(IMPORT, FilePart.of("bad.zip", EditorModels.zip(entries)));

    assertProblem(refused, 400, "rules/incident-priority.dmn");
    assertThat(refused.field("detail")).contains("now()");
    assertThat(designer.get(FORMS + "resume-work/draft").json().path("parentVersion").asInt())
        .as("the good form was not deployed either")
        .isEqualTo(1);
  }

  @Test
  void badZipsAreRefusedNamingTheEntry() {
    refusedNaming(Map.of("../../etc/evil.dmn", bytes("x")), "../../etc/evil.dmn");
    refusedNaming(
        Map.of("/processes/incident.bpmn20.xml", bytes("x")), "/processes/incident.bpmn20.xml");
    refusedNaming(Map.of("notes.txt", bytes("hello")), "notes.txt");
    refusedNaming(Map.of("processes/incident.bpmn", bytes("x")), "processes/incident.bpmn");
    refusedNaming(
        Map.of(
            "rules/incident-priority.dmn",
            bytes(
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><definitions>&x;</definitions>")),
        "rules/incident-priority.dmn");
    refusedNaming(
        Map.of(
            "processes/incident.bpmn20.xml",
            bytes(
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><definitions>&b;</definitions>")),
        "processes/incident.bpmn20.xml");
    // 900 KB of one letter deflates about a thousandfold: a bomb in miniature.
    refusedNaming(Map.of("forms/resume-work.form", new byte[900 * 1024]), "forms/resume-work.form");
    refusedNaming(
        Map.of("forms/resume-work.form", new byte[2 * 1024 * 1024]), "forms/resume-work.form");
    Map<String, byte[]> many = new LinkedHashMap<>();
    for (int i = 0; i <= 200; i++) {
      many.put("forms/form-" + i + ".form", bytes("{}"));
    }
    refusedNaming(many, "forms/form-200.form");
    assertProblem(designer.upload(IMPORT, FilePart.of("not.zip", bytes("not a zip at all"))), 400);
  }

  @Test
  void onlyDesignersAndAdminsExportAndImport() {
    Api agent = new Api(port).as("agent");
    assertThat(agent.download(EXPORT).statusCode()).isEqualTo(403);
    assertProblem(agent.upload(IMPORT, FilePart.of("a.zip", EditorModels.zip(Map.of()))), 403);
    assertThat(new Api(port).as("admin").download(EXPORT).statusCode()).isEqualTo(200);
  }

  private void refusedNaming(Map<String, byte[]> entries, String entry) {
    var refused = designer.upload(IMPORT, FilePart.of("bad.zip", EditorModels.zip(entries)));
    assertProblem(refused, 400, entry);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
