package io.atumdesk.decision.web;

import static io.atumdesk.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A designer changes the routing table through the API, sees the next ticket routed by it, and
 * rolls it back; bad tables are refused with a reason and change nothing.
 */
@IntegrationTest
class DecisionApiIntegrationTests {

  /** Sends network incidents to the service desk and everything else to network operations. */
  static final String SWAPPED_ROUTING =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="swapped-routing"
                   name="incident-routing" namespace="https://atumdesk.io/rules/incident-routing">
        <inputData id="input-category" name="category">
          <variable id="input-category-variable" name="category" typeRef="string"/>
        </inputData>
        <decision id="incident-routing" name="incident-routing">
          <variable id="incident-routing-variable" name="incident-routing" typeRef="string"/>
          <informationRequirement id="needs-category"><requiredInput href="#input-category"/></informationRequirement>
          <decisionTable id="swapped-table" hitPolicy="FIRST" outputLabel="assignmentGroup">
            <input id="swapped-category" label="category">
              <inputExpression id="swapped-category-expression" typeRef="string"><text>category</text></inputExpression>
            </input>
            <output id="swapped-output" name="assignmentGroup" typeRef="string"/>
            <rule id="network-to-desk">
              <inputEntry id="network-to-desk-in"><text>"network"</text></inputEntry>
              <outputEntry id="network-to-desk-out"><text>"service-desk"</text></outputEntry>
            </rule>
            <rule id="rest-to-network">
              <inputEntry id="rest-to-network-in"><text>-</text></inputEntry>
              <outputEntry id="rest-to-network-out"><text>"network-ops"</text></outputEntry>
            </rule>
          </decisionTable>
        </decision>
      </definitions>""";

  static final String NETWORK_INCIDENT =
      "{\"type\":\"INCIDENT\",\"subject\":\"Switch down\",\"impact\":\"LOW\",\"urgency\":\"LOW\",\"category\":\"network\"}";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  Api designer;

  @BeforeEach
  void signIn() {
    designer = new Api(port).as("designer");
  }

  @AfterEach
  void backToTheShippedTable() {
    // Deployed versions belong to the shared test database: leave acme on the shipped table.
    while (designer.post("/api/v1/decisions/incident-routing/rollback", null).status() == 200) {}
  }

  @Test
  void aDeployedTableRoutesTheNextTicketAndRollsBack() {
    var deployed = deploy(SWAPPED_ROUTING);
    assertThat(deployed.status()).as(deployed.toString()).isEqualTo(201);
    assertThat(deployed.field("decisionId")).isEqualTo("incident-routing");
    int version = deployed.json().path("version").asInt();
    assertThat(version).isPositive();

    assertThat(raiseNetworkIncident().path("assignmentGroup").asString()).isEqualTo("service-desk");
    // The other tenant keeps the shipped table.
    var globex = new Api(port).as("customer2").post("/api/v1/tickets", NETWORK_INCIDENT).json();
    assertThat(globex.path("assignmentGroup").asString()).isEqualTo("network-ops");

    JsonNode table = designer.get("/api/v1/decisions/incident-routing").json();
    assertThat(table.path("source").asString()).isEqualTo("tenant");
    assertThat(table.path("versions").get(0).path("version").asInt()).isEqualTo(version);
    assertThat(table.path("versions").get(0).path("active").asBoolean()).isTrue();

    var rolledBack = designer.post("/api/v1/decisions/incident-routing/rollback", null);
    assertThat(rolledBack.status()).isEqualTo(200);
    assertThat(raiseNetworkIncident().path("assignmentGroup").asString()).isEqualTo("network-ops");
  }

  @Test
  void theSimulatorExplainsWithoutTouchingTickets() {
    long before = jdbc.queryForObject("SELECT COUNT(*) FROM ticket", Long.class);

    var outcome =
        new Api(port)
            .as("agent")
            .post(
                "/api/v1/decisions/incident-priority/evaluate",
                "{\"inputs\":{\"impact\":\"HIGH\",\"urgency\":\"MEDIUM\"}}");

    assertThat(outcome.status()).isEqualTo(200);
    assertThat(outcome.json().path("outputs").path("priority").asString()).isEqualTo("P2");
    assertThat(outcome.json().path("matchedRules").get(0).path("ruleId").asString())
        .isEqualTo("priority-high-medium");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ticket", Long.class)).isEqualTo(before);
  }

  @Test
  void theSimulatorRefusesAnInputOfTheWrongType() {
    var refused =
        new Api(port)
            .as("agent")
            .post(
                "/api/v1/decisions/sla-escalation/evaluate",
                "{\"inputs\":{\"elapsedPercent\":\"very late\",\"priority\":\"P1\"}}");
    assertProblem(refused, 400);
    assertThat(refused.field("detail")).contains("sla-escalation").contains("elapsedPercent");
  }

  @Test
  void listsEveryTableWithItsShippedVersion() {
    JsonNode catalogue = designer.get("/api/v1/decisions").json();
    assertThat(catalogue.findValuesAsString("decisionId"))
        .contains("incident-priority", "incident-routing");
    assertThat(catalogue.get(0).path("versions").toString()).contains("\"createdBy\":\"shipped\"");
  }

  @Test
  void refusesBrokenTablesAndKeepsThemWithTheirReason() {
    long rejectedBefore =
        jdbc.queryForObject("SELECT COUNT(*) FROM decision_rejection", Long.class);
    String[] broken = {
      "this is not XML",
      SWAPPED_ROUTING.replace("https://www.omg.org/spec/DMN/20230324/MODEL/", "urn:not-dmn"),
      SWAPPED_ROUTING.replace("<text>\"service-desk\"</text>", "<text>\"service-desk</text>"),
      SWAPPED_ROUTING.replace("<text>category</text>", "<text>categry</text>"),
      SWAPPED_ROUTING.replace(
          "<text>\"service-desk\"</text>",
          "<text>(function(x) external {java: {class: \"java.lang.System\", method signature: \"exit(int)\"}})(0)</text>"),
      "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><definitions>&x;</definitions>",
    };
    for (String xml : broken) {
      var refused = deploy(xml);
      assertProblem(refused, 400);
      // Each problem names where it is: the file ("dmn"), the table, or a cell's rule.
      assertThat(refused.json().path("errors").get(0).path("field").asString())
          .as(refused.toString())
          .isIn("dmn", "swapped-table", "network-to-desk");
    }
    var feel =
        deploy(
            SWAPPED_ROUTING.replace(
                "<text>\"service-desk\"</text>", "<text>\"service-desk</text>"));
    assertThat(feel.field("detail"))
        .contains("table 'incident-routing'")
        .contains("rule #1")
        .contains("syntax error");

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM decision_rejection", Long.class))
        .isEqualTo(rejectedBefore + broken.length + 1);
    JsonNode refused = designer.get("/api/v1/decisions/refused").json();
    assertThat(refused.get(0).path("fileName").asString()).isEqualTo("routing.dmn");
    assertThat(refused.get(0).path("reason").asString()).contains("syntax error");
    assertThat(refused.get(0).path("uploadedBy").asString()).isEqualTo("designer");
    assertThat(raiseNetworkIncident().path("assignmentGroup").asString()).isEqualTo("network-ops");
  }

  @Test
  void onlyDesignersAndAdminsDeploy() {
    assertProblem(new Api(port).as("agent").sendXml("/api/v1/decisions", SWAPPED_ROUTING), 403);
    assertProblem(new Api(port).as("customer").get("/api/v1/decisions"), 403);
  }

  private Api.Response deploy(String xml) {
    return designer.sendXml("/api/v1/decisions?fileName=routing.dmn", xml);
  }

  private JsonNode raiseNetworkIncident() {
    return new Api(port).as("customer").post("/api/v1/tickets", NETWORK_INCIDENT).json();
  }
}
