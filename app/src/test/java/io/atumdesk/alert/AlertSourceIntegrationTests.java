package io.atumdesk.alert;

import static io.atumdesk.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Alert sources as admin-managed rows: added with a secret shown once, which then lets the source
 * in; re-keyed, switched off, changed; checked on input; invisible to other tenants and roles.
 */
@IntegrationTest
class AlertSourceIntegrationTests {

  static final String RUN = Long.toString(Instant.now().toEpochMilli(), 36);

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  AlertHookClient hook;
  Api admin;

  @BeforeEach
  void clients() {
    hook = new AlertHookClient(port);
    admin = new Api(port).as("admin");
  }

  @Test
  void anAddedSourceLetsItsSenderInWithTheSecretShownOnce() {
    String key = "prom-" + RUN;
    var created =
        admin.post(
            "/api/v1/alerts/sources",
            "{\"key\":\"%s\",\"type\":\"alertmanager\",\"category\":\"monitoring\"}"
                .formatted(key));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String secret = created.field("secret");
    assertThat(secret).startsWith("alsrc_");
    assertThat(created.field("url")).isEqualTo("/api/v1/hooks/alerts/" + key);
    String id = created.field("id");

    String payload = AlertHookClient.payload("alertmanager-firing.json", "added-" + RUN);
    assertThat(hook.post(key, payload, secret).status()).isEqualTo(202);
    JsonNode incident =
        admin.get("/api/v1/tickets?size=5&text=added-" + RUN).json().path("items").get(0);
    assertThat(incident.path("subject").asString()).startsWith("[" + key + "]");
    assertThat(incident.path("category").asString()).isEqualTo("monitoring");
    assertThat(admin.get("/api/v1/alerts/sources").text()).contains(key).doesNotContain(secret);
    assertThat(admin.get("/api/v1/alerts/sources/" + id).field("secret")).isNull();

    String rekeyed = admin.post("/api/v1/alerts/sources/" + id + "/secret", null).field("secret");
    assertProblem(hook.post(key, payload, secret), 401);
    assertThat(hook.post(key, payload, rekeyed).status()).isEqualTo(202);

    var off = admin.send("PUT", "/api/v1/alerts/sources/" + id, "{\"enabled\":false}");
    assertThat(off.json().path("enabled").asBoolean()).isFalse();
    assertThat(off.field("type")).isEqualTo("alertmanager");
    assertProblem(hook.post(key, payload, rekeyed), 401);
  }

  @Test
  void keysAreCheckedAndUniqueAcrossTenants() {
    String body = "{\"key\":\"%s\",\"type\":\"%s\"}";
    assertProblem(
        admin.post("/api/v1/alerts/sources", body.formatted("A!", "generic")), 400, "key");
    assertProblem(
        admin.post("/api/v1/alerts/sources", body.formatted("x-" + RUN, "nagios")), 400, "type");
    assertProblem(
        admin.post("/api/v1/alerts/sources", body.formatted("globex-prometheus", "generic")), 409);
  }

  @Test
  void onlyAdminsSeeTheirOwnTenantsSources() {
    assertThat(admin.get("/api/v1/alerts/sources").text())
        .contains("acme-prometheus")
        .doesNotContain("globex-prometheus")
        .doesNotContain("acme-prometheus-secret");
    assertProblem(new Api(port).as("agent").get("/api/v1/alerts/sources"), 403);
    assertProblem(new Api(port).as("agent").post("/api/v1/alerts/sources", "{}"), 403);
    Long globex =
        jdbc.queryForObject(
            "select id from alert_source where source_key = 'globex-prometheus'", Long.class);
    assertProblem(admin.get("/api/v1/alerts/sources/" + globex), 404);
    assertProblem(admin.send("PUT", "/api/v1/alerts/sources/" + globex, "{}"), 404);
    assertProblem(admin.post("/api/v1/alerts/sources/" + globex + "/secret", null), 404);
  }
}
