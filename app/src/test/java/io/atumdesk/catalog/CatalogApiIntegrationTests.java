package io.atumdesk.catalog;

import static io.atumdesk.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import io.atumdesk.core.Actor;
import io.atumdesk.core.TenantContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The catalog over the API: browsing, ordering, approving, fulfilling, and what is refused. */
@IntegrationTest
class CatalogApiIntegrationTests {

  static final String ONBOARDING =
      """
      {"newHireName":"Sam Starter","startDate":"2027-01-04","department":"finance",\
      "equipment":"laptop-phone"}""";

  @LocalServerPort int port;
  @Autowired CatalogAdministration administration;
  Api customer;
  Api admin;
  String run;

  @BeforeEach
  void signIn() {
    customer = new Api(port).as("customer");
    admin = new Api(port).as("admin");
    run = Long.toString(System.nanoTime(), 36);
  }

  @Test
  void onboardingFromOrderThroughTheManagerAndThreeTeamsToDone() {
    long item = offered("onboarding", "New employee onboarding");

    var placed =
        customer.post(
            "/api/v1/catalog/orders",
            "{\"items\":[{\"item\":%d,\"data\":%s}],\"note\":\"Sam joins finance\"}"
                .formatted(item, ONBOARDING));

    assertThat(placed.status()).isEqualTo(201);
    String key = placed.field("key");
    assertThat(placed.header("Location")).isEqualTo("/api/v1/catalog/orders/" + key);
    assertThat(placed.field("status")).isEqualTo("AWAITING_APPROVAL");
    assertThat(placed.json().path("waitingAt").get(0).path("assignee").asString())
        .isEqualTo("manager");
    assertThat(placed.json().path("items").get(0).path("data").path("newHireName").asString())
        .isEqualTo("Sam Starter");

    Api manager = new Api(port).as("manager");
    complete(manager, key, "{\"decision\":\"approve\",\"comment\":\"Welcome, Sam\"}");

    JsonNode progress = customer.get("/api/v1/catalog/orders/" + key).json();
    assertThat(progress.path("status").asString()).isEqualTo("IN_FULFILMENT");
    List<String> groups = new ArrayList<>();
    progress
        .path("items")
        .get(0)
        .path("waitingAt")
        .forEach(step -> groups.add(step.path("groups").get(0).asString()));
    assertThat(groups).containsExactlyInAnyOrder("it-support", "facilities", "hr");

    for (String team : List.of("hr", "itsupport", "facilities")) {
      complete(new Api(port).as(team), key, "{}");
    }

    JsonNode done = customer.get("/api/v1/catalog/orders/" + key).json();
    assertThat(done.path("status").asString()).isEqualTo("FULFILLED");
    assertThat(done.path("ticketStatus").asString()).isEqualTo("CLOSED");
    assertThat(done.path("items").get(0).path("status").asString()).isEqualTo("FULFILLED");
    assertThat(customer.get("/api/v1/catalog/orders").text()).contains(key);
  }

  @Test
  void anOrderWhoseFormDataFailsIsRefusedNamingEachField() {
    long onboarding = offered("onboarding", "New employee onboarding");
    long laptop = offered("laptop", "New laptop");

    var refused =
        customer.post(
            "/api/v1/catalog/orders",
            """
            {"items":[{"item":%d,"data":{"startDate":"next monday","department":"pirates",\
            "equipment":"laptop"}},{"item":%d,"data":{"model":"standard-14","colour":"red"}}]}"""
                .formatted(onboarding, laptop));

    assertProblem(refused, 400);
    assertThat(fields(refused))
        .containsExactlyInAnyOrder(
            "items[0].data.newHireName",
            "items[0].data.startDate",
            "items[0].data.department",
            "items[1].data.colour",
            "items[1].data.justification");
  }

  @Test
  void unknownAndInactiveItemsAreRefusedByNameAndAnotherTenantsItemIsNotFound() {
    var retired =
        admin.post(
            "/api/v1/catalog/items",
            item("Fax machine " + run, "order-laptop", "fulfil-laptop", false));
    long inactive = retired.json().path("id").asLong();

    var refused =
        customer.post(
            "/api/v1/catalog/orders",
            "{\"items\":[{\"item\":999999999,\"data\":{}},{\"item\":%d,\"data\":{}}]}"
                .formatted(inactive));

    assertProblem(refused, 400);
    assertThat(fields(refused)).containsExactly("items[0].item", "items[1].item");
    assertThat(refused.text()).contains("999999999", "Fax machine " + run);

    long globex =
        TenantContext.callAs(
            "globex", () -> administration.all(Actor.system("globex")).get(0).id());
    assertProblem(
        customer.post(
            "/api/v1/catalog/orders", "{\"items\":[{\"item\":%d,\"data\":{}}]}".formatted(globex)),
        404);
    assertProblem(customer.get("/api/v1/catalog/" + globex), 404);
    assertProblem(admin.get("/api/v1/catalog/items/" + globex), 404);
  }

  @Test
  void rejectingNeedsAReasonAndADecidedApprovalCannotBeDecidedAgain() {
    long laptop = offered("laptop", "New laptop");
    String key =
        customer
            .post(
                "/api/v1/catalog/orders",
                "{\"items\":[{\"item\":%d,\"data\":{\"model\":\"light-13\",\"justification\":\"Travel\"}}]}"
                    .formatted(laptop))
            .field("key");
    Api manager = new Api(port).as("manager");
    String task = manager.openTask(key).path("id").asString();

    var noReason = manager.post("/api/v1/tasks/" + task + "/complete", "{\"decision\":\"reject\"}");
    assertProblem(noReason, 400);
    assertThat(fields(noReason)).containsExactly("reason");

    assertThat(
            manager
                .post(
                    "/api/v1/tasks/" + task + "/complete",
                    "{\"decision\":\"reject\",\"reason\":\"Not this quarter\"}")
                .status())
        .isEqualTo(204);
    assertProblem(
        manager.post("/api/v1/tasks/" + task + "/complete", "{\"decision\":\"approve\"}"), 409);
    assertThat(customer.get("/api/v1/catalog/orders/" + key).field("status")).isEqualTo("REJECTED");
  }

  @Test
  void adminsKeepTheCatalogAndCustomersOnlyReadIt() {
    assertProblem(
        customer.post(
            "/api/v1/catalog/items", item("Mine " + run, "order-laptop", "fulfil-laptop", true)),
        403);
    assertProblem(customer.get("/api/v1/catalog/items"), 403);

    var bad = admin.post("/api/v1/catalog/items", item("", "no-such-form", "incident", true));
    assertProblem(bad, 400);
    assertThat(fields(bad)).containsExactlyInAnyOrder("name", "formKey", "fulfillmentProcess");

    var created =
        admin.post(
            "/api/v1/catalog/items", item("Monitor " + run, "order-laptop", "fulfil-laptop", true));
    assertThat(created.status()).isEqualTo(201);
    long id = created.json().path("id").asLong();
    assertProblem(
        admin.post(
            "/api/v1/catalog/items", item("monitor " + run, "order-laptop", "fulfil-laptop", true)),
        409);
    assertThat(customer.get("/api/v1/catalog?q=monitor+" + run).text()).contains("Monitor " + run);

    var retired =
        admin.send(
            "PUT",
            "/api/v1/catalog/items/" + id + "?version=" + created.json().path("version").asLong(),
            item("Monitor " + run, "order-laptop", "fulfil-laptop", false));
    assertThat(retired.status()).isEqualTo(200);
    assertProblem(
        admin.send(
            "PUT",
            "/api/v1/catalog/items/" + id + "?version=0",
            item("Monitor " + run, "order-laptop", "fulfil-laptop", true)),
        409);
    assertThat(customer.get("/api/v1/catalog?q=monitor+" + run).text())
        .doesNotContain("Monitor " + run);
  }

  private long offered(String query, String name) {
    for (JsonNode item : customer.get("/api/v1/catalog?q=" + query).json().path("items")) {
      if (item.path("name").asString().equals(name)) {
        return item.path("id").asLong();
      }
    }
    throw new AssertionError(name + " is not offered");
  }

  private static void complete(Api who, String key, String data) {
    String task = who.openTask(key).path("id").asString();
    assertThat(who.post("/api/v1/tasks/" + task + "/complete", data).status()).isEqualTo(204);
  }

  private static String item(String name, String form, String process, boolean active) {
    return """
        {"name":"%s","category":"hardware","description":"Test item","formKey":"%s",\
        "fulfillmentProcess":"%s","cost":120,"active":%s}"""
        .formatted(name, form, process, active);
  }

  private static List<String> fields(Api.Response response) {
    List<String> fields = new ArrayList<>();
    response.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
    return fields;
  }
}
