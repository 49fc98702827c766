package io.atumdesk.inbox;

import static io.atumdesk.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Each agent's saved views: kept with their filters and sort, seen by nobody else. */
@IntegrationTest
class SavedViewsIntegrationTests {

  static final String NETWORK_P1 =
      """
      {"name":"%s","view":"SLA_AT_RISK","sort":"slaDue",
       "filter":{"types":["INCIDENT"],"priorities":["P1","P2"],"assignmentGroup":"network-ops",
                 "assignee":"unassigned","text":"vpn"}}""";

  @LocalServerPort int port;
  Api agent;
  Api admin;

  @BeforeEach
  void signIn() {
    agent = new Api(port).as("agent");
    admin = new Api(port).as("admin");
  }

  @Test
  void keepsAViewWithItsFiltersAndSort() {
    String name = "Network P1 " + System.nanoTime();
    var saved = agent.post("/api/v1/inbox/views", NETWORK_P1.formatted(name));
    assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

    JsonNode listed = find(agent, name);
    assertThat(listed.path("view").asString()).isEqualTo("SLA_AT_RISK");
    assertThat(listed.path("sort").asString()).isEqualTo("slaDue,asc");
    JsonNode filter = listed.path("filter");
    assertThat(filter.path("priorities").toString()).contains("P1", "P2");
    assertThat(filter.path("assignmentGroup").asString()).isEqualTo("network-ops");
    assertThat(filter.path("assignee").asString()).isEqualTo("unassigned");
    assertThat(filter.path("text").asString()).isEqualTo("vpn");
  }

  @Test
  void savingUnderTheSameNameReplacesTheView() {
    String name = "Mine " + System.nanoTime();
    long id =
        agent.post("/api/v1/inbox/views", NETWORK_P1.formatted(name)).json().path("id").asLong();
    var replaced =
        agent.post("/api/v1/inbox/views", "{\"name\":\"" + name + "\",\"view\":\"MY_WORK\"}");

    assertThat(replaced.json().path("id").asLong()).isEqualTo(id);
    assertThat(find(agent, name).path("view").asString()).isEqualTo("MY_WORK");
    assertThat(find(agent, name).path("sort").asString()).isEqualTo("updated,desc");
  }

  @Test
  void anotherAgentNeitherSeesNorDeletesMyViews() {
    String name = "Private " + System.nanoTime();
    long id =
        agent.post("/api/v1/inbox/views", NETWORK_P1.formatted(name)).json().path("id").asLong();

    assertThat(admin.get("/api/v1/inbox/views").text()).doesNotContain(name);
    assertThat(new Api(port).as("agent2").get("/api/v1/inbox/views").text()).doesNotContain(name);
    assertProblem(admin.delete("/api/v1/inbox/views/" + id), 404);
    assertProblem(new Api(port).as("agent2").delete("/api/v1/inbox/views/" + id), 404);
    // The same name is free for another agent.
    assertThat(admin.post("/api/v1/inbox/views", NETWORK_P1.formatted(name)).status())
        .isEqualTo(200);

    assertThat(agent.delete("/api/v1/inbox/views/" + id).status()).isEqualTo(204);
    assertThat(agent.get("/api/v1/inbox/views").text()).doesNotContain(name);
    assertThat(admin.get("/api/v1/inbox/views").text()).contains(name);
  }

  @Test
  void refusesAViewWithoutANameOrWithAnUnknownSort() {
    assertProblem(agent.post("/api/v1/inbox/views", "{\"name\":\"\"}"), 400);
    assertProblem(agent.post("/api/v1/inbox/views", "{\"name\":\"x\",\"sort\":\"colour\"}"), 400);
    assertProblem(new Api(port).as("customer").get("/api/v1/inbox/views"), 403);
  }

  private static JsonNode find(Api api, String name) {
    for (JsonNode view : api.get("/api/v1/inbox/views").json()) {
      if (view.path("name").asString().equals(name)) {
        return view;
      }
    }
    throw new AssertionError("no saved view " + name);
  }
}
