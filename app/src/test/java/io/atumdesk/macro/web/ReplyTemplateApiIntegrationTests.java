package io.atumdesk.macro.web;

import static io.atumdesk.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Admins write reply templates; agents list them and fill them in for a ticket. */
@IntegrationTest
class ReplyTemplateApiIntegrationTests {

  static final String TEMPLATES = "/api/v1/reply-templates";
  static final String GREETING =
      """
      {"name":"Test greeting","language":"en","visibility":"REPLY",
       "body":"Hi {{requester.firstName}}, {{ticket.key}} ({{ticket.subject}}) is {{ticket.status}} at {{ticket.priority}}. {{agent.firstName}} / {{ agent.name }} for {{requester.name}}"}""";

  @LocalServerPort int port;
  Api admin;
  Api agent;
  Api customer;

  @BeforeEach
  void signIn() {
    admin = new Api(port).as("admin");
    agent = new Api(port).as("agent");
    customer = new Api(port).as("customer");
  }

  @AfterEach
  void removeWhatTheTestsStored() {
    // The database is shared with every other integration test: leave acme its demo templates.
    admin
        .get(TEMPLATES)
        .json()
        .forEach(
            t -> {
              if (t.path("name").asString().startsWith("Test ")) {
                admin.delete(TEMPLATES + "/" + t.path("id").asLong());
              }
            });
  }

  @Test
  void rendersEveryPlaceholderForATicketWithTheCallerAsAgent() {
    String key =
        customer
            .post(
                "/api/v1/tickets",
                """
                {"type":"INCIDENT","subject":"VPN drops","impact":"HIGH","urgency":"LOW","category":"network"}""")
            .field("key");
    var created = admin.post(TEMPLATES, GREETING);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    assertThat(created.header("Location")).isEqualTo(TEMPLATES + "/" + id);

    var rendered =
        agent.post("/api/v1/tickets/" + key + "/reply-templates/" + id + "/render", null);

    assertThat(rendered.status()).as(rendered.toString()).isEqualTo(200);
    assertThat(rendered.field("body"))
        .isEqualTo(
            "Hi Chris, %s (VPN drops) is new at P3. Alex / Alex Agent for Chris Customer"
                .formatted(key));
    assertThat(rendered.field("visibility")).isEqualTo("REPLY");
  }

  @Test
  void refusesUnknownPlaceholdersNamingThemAndTheAcceptedOnes() {
    var refused =
        admin.post(
            TEMPLATES,
            """
            {"name":"Test unknown","visibility":"NOTE","body":"Hi {{customer.name}} ${7*7}"}""");

    assertProblem(refused, 400);
    assertThat(refused.field("detail"))
        .contains("{{customer.name}}")
        .contains("accepted are {{ticket.key}}");
    assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("body");
    assertThat(admin.get(TEMPLATES).text()).doesNotContain("Test unknown");
  }

  @Test
  void anAdminReplacesAndDeletesATemplate() {
    long id = admin.post(TEMPLATES, GREETING).json().path("id").asLong();

    var replaced =
        admin.send(
            "PUT",
            TEMPLATES + "/" + id,
            """
            {"name":"Test farewell","language":"de","visibility":"NOTE","body":"Tschüss {{agent.name}}"}""");

    assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
    assertThat(replaced.field("name")).isEqualTo("Test farewell");
    assertThat(replaced.field("updatedBy")).isEqualTo("admin");
    assertThat(agent.get(TEMPLATES + "/" + id).field("body")).isEqualTo("Tschüss {{agent.name}}");
    assertThat(admin.delete(TEMPLATES + "/" + id).status()).isEqualTo(204);
    assertProblem(agent.get(TEMPLATES + "/" + id), 404);
  }

  @Test
  void refusesASecondTemplateWithTheSameName() {
    admin.post(TEMPLATES, GREETING);

    var again = admin.post(TEMPLATES, GREETING.replace("Test greeting", "test GREETING"));

    assertProblem(again, 409);
    assertThat(again.field("detail")).contains("'Test greeting' exists already");
  }

  @Test
  void agentsListTheDemoTemplatesByLanguage() {
    JsonNode german = agent.get(TEMPLATES + "?language=de").json();

    assertThat(german.findValuesAsString("name")).contains("Eingangsbestätigung");
    assertThat(german.findValuesAsString("language")).containsOnly("de");
    assertThat(agent.get(TEMPLATES).json().findValuesAsString("name"))
        .contains("Acknowledge", "Need more information", "Handover", "Eingangsbestätigung");
  }

  @Test
  void customersAndAgentsCannotManageTemplatesAndCustomersCannotUseThem() {
    long id = admin.post(TEMPLATES, GREETING).json().path("id").asLong();

    assertProblem(customer.post(TEMPLATES, GREETING.replace("greeting", "mine")), 403);
    assertProblem(agent.post(TEMPLATES, GREETING.replace("greeting", "mine")), 403);
    assertProblem(agent.send("PUT", TEMPLATES + "/" + id, GREETING), 403);
    assertProblem(agent.delete(TEMPLATES + "/" + id), 403);
    assertProblem(customer.get(TEMPLATES), 403);
    String key =
        customer
            .post("/api/v1/tickets", "{\"type\":\"INCIDENT\",\"subject\":\"Mine\"}")
            .field("key");
    assertProblem(
        customer.post("/api/v1/tickets/" + key + "/reply-templates/" + id + "/render", null), 403);
  }

  @Test
  void anotherTenantsTemplateIsNotFound() {
    long id = admin.post(TEMPLATES, GREETING).json().path("id").asLong();
    Api globex = new Api(port).as("agent2");
    String globexTicket =
        new Api(port)
            .as("customer2")
            .post("/api/v1/tickets", "{\"type\":\"INCIDENT\",\"subject\":\"G\"}")
            .field("key");

    assertProblem(globex.get(TEMPLATES + "/" + id), 404);
    assertProblem(
        globex.post("/api/v1/tickets/" + globexTicket + "/reply-templates/" + id + "/render", null),
        404);
    assertThat(globex.get(TEMPLATES).text()).doesNotContain("Test greeting");
  }
}
