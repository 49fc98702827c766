package io.atumdesk.cmdb;

import static io.atumdesk.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Items, types, lifecycle, relations and impact analysis over the API. */
@IntegrationTest
class CmdbApiIntegrationTests {

  @LocalServerPort int port;
  Api admin;
  Api agent;
  String run;

  @BeforeEach
  void signIn() {
    admin = new Api(port).as("admin");
    agent = new Api(port).as("agent");
    run = Long.toString(System.nanoTime(), 36);
  }

  @Test
  void impactWalksAThreeLevelChainUpToTheBusinessService() {
    String server = create("server", "srv-" + run, null);
    String database = create("database", "db-" + run, null);
    String application = create("application", "app-" + run, null);
    String service = create("service", "Payroll " + run, "HIGH");
    String unrelated = create("service", "Unrelated " + run, "CRITICAL");
    relate(database, "RUNS_ON", server);
    relate(application, "DEPENDS_ON", database);
    relate(service, "DEPENDS_ON", application);

    JsonNode impact = agent.get("/api/v1/cis/" + server + "/impact").json();

    assertThat(impact.path("item").path("key").asString()).isEqualTo(server);
    assertThat(keys(impact.path("services"), "service")).containsExactly(service);
    assertThat(keys(impact.path("services").get(0).path("path"), null))
        .containsExactly(server, database, application, service);
    assertThat(impact.path("highest").asString()).isEqualTo("HIGH");
    assertThat(impact.path("truncated").asBoolean()).isFalse();
    assertThat(impact.toString()).doesNotContain(unrelated);
    // From the database, the server is no longer on the way.
    JsonNode fromDatabase = agent.get("/api/v1/cis/" + database + "/impact").json();
    assertThat(keys(fromDatabase.path("services").get(0).path("path"), null))
        .containsExactly(database, application, service);
  }

  @Test
  void impactFromALaptopOrAServerReachesItsServicesThroughTheApplicationsWithTheirCriticality() {
    String laptop = create("laptop", "kiosk-nb-" + run, null);
    String server = create("server", "payroll-srv-" + run, null);
    String kiosk = create("application", "Reception kiosk " + run, null);
    String payrollApp = create("application", "Payroll app " + run, null);
    String frontDesk = create("service", "Front desk " + run, "MEDIUM");
    String payroll = create("service", "Payroll " + run, "CRITICAL");
    String portal = create("service", "HR portal " + run, "LOW");
    relate(kiosk, "RUNS_ON", laptop);
    relate(payrollApp, "RUNS_ON", server);
    relate(frontDesk, "DEPENDS_ON", kiosk);
    relate(payroll, "DEPENDS_ON", payrollApp);
    relate(portal, "DEPENDS_ON", payrollApp);
    relate(payrollApp, "OWNED_BY", kiosk); // ownership carries no failure

    JsonNode fromServer = agent.get("/api/v1/cis/" + server + "/impact").json();
    JsonNode fromLaptop = agent.get("/api/v1/cis/" + laptop + "/impact").json();

    assertThat(keys(fromServer.path("services"), "service")).containsExactly(portal, payroll);
    assertThat(fromServer.path("services").get(1).path("service").path("criticality").asString())
        .isEqualTo("CRITICAL");
    assertThat(keys(fromServer.path("services").get(1).path("path"), null))
        .containsExactly(server, payrollApp, payroll);
    assertThat(fromServer.path("highest").asString()).isEqualTo("CRITICAL");
    assertThat(keys(fromLaptop.path("services"), "service")).containsExactly(frontDesk);
    assertThat(keys(fromLaptop.path("services").get(0).path("path"), null))
        .containsExactly(laptop, kiosk, frontDesk);
    assertThat(fromLaptop.path("highest").asString()).isEqualTo("MEDIUM");
    assertProblem(new Api(port).as("agent2").get("/api/v1/cis/" + server + "/impact"), 404);
  }

  @Test
  void cutsAChainLongerThanTheDepthCapAndSaysSo() {
    String first = create("server", "chain-0-" + run, null);
    String below = first;
    for (int i = 1; i <= 26; i++) {
      String next = create("application", "chain-" + i + "-" + run, null);
      relate(next, "DEPENDS_ON", below);
      below = next;
    }
    String service = create("service", "Chained " + run, "HIGH");
    relate(service, "DEPENDS_ON", below);

    JsonNode cut = agent.get("/api/v1/cis/" + first + "/impact").json();
    JsonNode whole = agent.get("/api/v1/cis/" + below + "/impact").json();

    assertThat(cut.path("truncated").asBoolean()).isTrue();
    assertThat(cut.path("services")).isEmpty();
    assertThat(whole.path("truncated").asBoolean()).isFalse();
    assertThat(keys(whole.path("services"), "service")).containsExactly(service);
  }

  @Test
  void refusesADependencyCycleNamingItsPathButFollowsConnectionCyclesToTheEnd() {
    String a = create("application", "a-" + run, null);
    String b = create("application", "b-" + run, null);
    String c = create("database", "c-" + run, null);
    relate(a, "DEPENDS_ON", b);
    relate(b, "RUNS_ON", c);

    var refused =
        admin.post(
            "/api/v1/cis/" + c + "/relations",
            "{\"kind\":\"DEPENDS_ON\",\"target\":\"" + a + "\"}");

    assertProblem(refused, 409);
    assertThat(refused.field("detail"))
        .contains(
            "%s (c-%s) -> %s (a-%s) -> %s (b-%s) -> %s (c-%s)"
                .formatted(c, run, a, run, b, run, c, run));
    assertThat(agent.get("/api/v1/cis/" + c + "/relations").json()).hasSize(1);
    // Connections may go round in circles; impact analysis still ends.
    String service = create("service", "Mail " + run, "CRITICAL");
    relate(c, "CONNECTS_TO", a);
    relate(service, "DEPENDS_ON", a);
    JsonNode impact = agent.get("/api/v1/cis/" + c + "/impact").json();
    assertThat(keys(impact.path("services"), "service")).containsExactly(service);
    assertThat(impact.path("highest").asString()).isEqualTo("CRITICAL");
    assertProblem(
        admin.post(
            "/api/v1/cis/" + a + "/relations", "{\"kind\":\"OWNED_BY\",\"target\":\"" + a + "\"}"),
        400);
  }

  @Test
  void checksAttributesAgainstACustomTypeNamingEachField() {
    String type = "printer-" + run;
    var created =
        admin.post(
            "/api/v1/ci-types",
            """
            {"key":"%s","name":"Printer","attributes":[
              {"name":"ip","kind":"TEXT","required":true},
              {"name":"pagesPerMinute","kind":"NUMBER"},
              {"name":"colour","kind":"BOOLEAN"},
              {"name":"purchased","kind":"DATE"},
              {"name":"duplex","kind":"CHOICE","options":["none","manual","automatic"]}]}"""
                .formatted(type));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);

    var refused =
        admin.post(
            "/api/v1/cis",
            """
            {"type":"%s","name":"lp-%s","attributes":{"pagesPerMinute":"fast",
             "colour":"maybe","purchased":"yesterday","duplex":"both","toner":"black"}}"""
                .formatted(type, run));

    assertProblem(refused, 400);
    List<String> fields = new ArrayList<>();
    refused.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
    assertThat(fields)
        .containsExactlyInAnyOrder(
            "attributes.pagesPerMinute",
            "attributes.colour",
            "attributes.purchased",
            "attributes.duplex",
            "attributes.toner",
            "attributes.ip");
    assertThat(refused.text()).contains("must be one of none, manual, automatic");
    var accepted =
        admin.post(
            "/api/v1/cis",
            """
            {"type":"%s","name":"lp-%s","attributes":{"ip":"10.0.0.9","pagesPerMinute":"30",
             "colour":"yes","purchased":"2026-01-15","duplex":"automatic"}}"""
                .formatted(type, run));
    assertThat(accepted.status()).as(accepted.toString()).isEqualTo(201);
    assertThat(accepted.json().path("attributes").path("colour").asBoolean()).isTrue();
    assertThat(accepted.json().path("attributes").path("pagesPerMinute").asInt()).isEqualTo(30);
    assertProblem(admin.post("/api/v1/ci-types", "{\"key\":\"server\",\"name\":\"S\"}"), 400);
  }

  @Test
  void refusesALifecycleMoveTheStateDoesNotAllowNamingBothStates() {
    String laptop = create("laptop", "nb-" + run, null);
    JsonNode item = agent.get("/api/v1/cis/" + laptop).json();
    var retired =
        admin.post(
            "/api/v1/cis/" + laptop + "/transitions",
            "{\"state\":\"RETIRED\",\"version\":" + item.path("version").asLong() + "}");
    assertThat(retired.status()).as(retired.toString()).isEqualTo(200);

    var refused =
        admin.post(
            "/api/v1/cis/" + laptop + "/transitions",
            "{\"state\":\"IN_SERVICE\",\"version\":"
                + retired.json().path("version").asLong()
                + "}");

    assertProblem(refused, 409);
    assertThat(refused.field("detail")).contains("from retired to in service").contains("disposed");
    assertProblem(admin.patch("/api/v1/cis/" + laptop, "{\"version\":0,\"owner\":\"agent\"}"), 409);
    assertProblem(agent.patch("/api/v1/cis/" + laptop, "{\"version\":1,\"owner\":\"x\"}"), 403);
  }

  @Test
  void onlyAdminsGetTheItemFormsAndAnotherTenantsItemIsNotFound() {
    String server = create("server", "forms-" + run, null);
    Api agentPages = new Api(port).signedIn("agent");
    Api adminPages = new Api(port).signedIn("admin");

    assertThat(agentPages.get("/cmdb/new?type=server").status()).isEqualTo(403);
    assertThat(agentPages.get("/cmdb/" + server + "/edit").status()).isEqualTo(403);
    assertThat(agentPages.get("/cmdb/" + server).text()).doesNotContain("relate-form");
    assertThat(adminPages.get("/cmdb/new?type=laptop").text()).contains("attr.warrantyEnd");
    assertThat(adminPages.get("/cmdb/" + server + "/edit").text()).contains("forms-" + run);
    assertThat(new Api(port).signedIn("agent2").get("/cmdb/" + server).status()).isEqualTo(404);
  }

  @Test
  void anotherTenantNeverSeesTheItems() {
    String server = create("server", "isolated-" + run, null);
    Api globex = new Api(port).as("agent2");

    assertProblem(globex.get("/api/v1/cis/" + server + "/impact"), 404);
    assertProblem(globex.get("/api/v1/cis/" + server + "/relations"), 404);
    assertThat(globex.get("/api/v1/cis?text=isolated-" + run).json().path("total").asLong())
        .isZero();
    assertThat(agent.get("/api/v1/cis?text=isolated-" + run).json().path("total").asLong()).isOne();
    assertProblem(new Api(port).as("customer").get("/api/v1/cis"), 403);
  }

  @Test
  void linksItemsToTicketsAndShowsTheServicesATicketTouches() {
    String server = create("server", "linked-" + run, null);
    String service = create("service", "E-mail " + run, "CRITICAL");
    relate(service, "RUNS_ON", server);
    String incident =
        agent
            .post(
                "/api/v1/tickets", "{\"type\":\"INCIDENT\",\"subject\":\"Mail down " + run + "\"}")
            .field("key");

    var linked =
        agent.post(
            "/api/v1/cis/" + server + "/tickets",
            "{\"ticketKey\":\"" + incident + "\",\"role\":\"AFFECTED\"}");

    assertThat(linked.status()).as(linked.toString()).isEqualTo(201);
    JsonNode affected = agent.get("/api/v1/tickets/" + incident + "/affected-services").json();
    assertThat(keys(affected.path("links"), "item")).containsExactly(server);
    assertThat(keys(affected.path("services"), "service")).containsExactly(service);
    assertThat(affected.path("highest").asString()).isEqualTo("CRITICAL");
    assertProblem(
        new Api(port).as("agent2").get("/api/v1/tickets/" + incident + "/affected-services"), 404);
    assertThat(
            agent
                .delete("/api/v1/cis/" + server + "/tickets/" + incident + "?role=AFFECTED")
                .status())
        .isEqualTo(204);
    assertThat(agent.get("/api/v1/cis/" + server + "/tickets").json()).isEmpty();
  }

  private String create(String type, String name, String criticality) {
    return CmdbTestItems.create(admin, type, name, criticality);
  }

  private void relate(String source, String kind, String target) {
    CmdbTestItems.relate(admin, source, kind, target);
  }

  /** The keys of the items in a JSON array, each under {@code field} (or the element itself). */
  static List<String> keys(JsonNode array, String field) {
    List<String> keys = new ArrayList<>();
    array.forEach(
        node -> keys.add((field == null ? node : node.path(field)).path("key").asString()));
    return keys;
  }
}
