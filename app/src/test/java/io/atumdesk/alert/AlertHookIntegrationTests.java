package io.atumdesk.alert;

import static io.atumdesk.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Alert webhooks end to end over HTTP: real Alertmanager, Grafana and generic payloads raise, add
 * to and resolve incidents; wrong or missing secrets and other tenants' sources change nothing.
 */
@IntegrationTest
class AlertHookIntegrationTests {

  static final String PROMETHEUS_SECRET = "acme-prometheus-secret";
  static final String GENERIC_SECRET = "acme-generic-secret-1";

  /** The database outlives a run on PostgreSQL; fingerprints of this run are new there. */
  static final String RUN = Long.toString(Instant.now().toEpochMilli(), 36);

  @LocalServerPort int port;
  AlertHookClient hook;
  Api admin;

  @BeforeEach
  void clients() {
    hook = new AlertHookClient(port);
    admin = new Api(port).as("admin");
  }

  static String fingerprint(String name) {
    return name + "-" + RUN;
  }

  List<JsonNode> incidents(Api as, String fingerprint) {
    List<JsonNode> found = new ArrayList<>();
    // The alerts of this suite come fast enough to be grouped as a storm: its parent quotes the
    // first alert's subject, but is not the alert's own incident.
    as.get("/api/v1/tickets?size=50&text=" + fingerprint)
        .json()
        .path("items")
        .forEach(
            ticket -> {
              if (!ticket.path("subject").asString().startsWith("Alert storm: ")) {
                found.add(ticket);
              }
            });
    return found;
  }

  String timeline(String key) {
    return admin.get("/api/v1/tickets/" + key + "/timeline").text();
  }

  @Test
  void alertmanagerFiringRaisesAnIncidentWithImpactAndUrgencyFromItsSeverity() {
    String fp = fingerprint("am-raise");

    var response =
        hook.post(
            "acme-prometheus",
            AlertHookClient.payload("alertmanager-firing.json", fp),
            PROMETHEUS_SECRET);

    assertThat(response.status()).as(response.toString()).isEqualTo(202);
    assertThat(response.json().path("alerts").asInt()).isEqualTo(1);
    var incident = incidents(admin, fp);
    assertThat(incident).hasSize(1);
    var ticket = admin.get("/api/v1/tickets/" + incident.get(0).path("key").asString()).json();
    assertThat(ticket.path("type").asString()).isEqualTo("INCIDENT");
    assertThat(ticket.path("subject").asString())
        .isEqualTo("[acme-prometheus] Disk on db-01 is 97% full (" + fp + ")");
    assertThat(ticket.path("impact").asString()).isEqualTo("HIGH");
    assertThat(ticket.path("urgency").asString()).isEqualTo("HIGH");
    assertThat(ticket.path("requester").asString()).isEqualTo("system");
    assertThat(ticket.path("description").asString())
        .contains("will fill up within the hour", "severity=critical", "Fingerprint: " + fp)
        .contains("http://prometheus.example:9090/graph");
  }

  @Test
  void repeatsOfAFiringAlertAddToItsOpenIncidentInsteadOfRaisingMore() {
    String payload = AlertHookClient.payload("alertmanager-firing.json", fingerprint("am-repeat"));

    for (int i = 0; i < 3; i++) {
      assertThat(hook.post("acme-prometheus", payload, PROMETHEUS_SECRET).status()).isEqualTo(202);
    }

    var incident = incidents(admin, fingerprint("am-repeat"));
    assertThat(incident).hasSize(1);
    assertThat(timeline(incident.get(0).path("key").asString()))
        .contains("Alert fired again (2 times)", "Alert fired again (3 times)");
  }

  @Test
  void aResolvedAlertResolvesItsIncidentAndTheNextFiringRaisesANewOne() {
    String fp = fingerprint("am-resolve");
    hook.post(
        "acme-prometheus",
        AlertHookClient.payload("alertmanager-firing.json", fp),
        PROMETHEUS_SECRET);

    var resolved =
        hook.post(
            "acme-prometheus",
            AlertHookClient.payload("alertmanager-resolved.json", fp),
            PROMETHEUS_SECRET);

    assertThat(resolved.status()).as(resolved.toString()).isEqualTo(202);
    String first = incidents(admin, fp).get(0).path("key").asString();
    var ticket = admin.get("/api/v1/tickets/" + first).json();
    assertThat(ticket.path("status").asString()).isEqualTo("RESOLVED");
    assertThat(ticket.path("resolution").asString()).startsWith("The alert recovered");

    hook.post(
        "acme-prometheus",
        AlertHookClient.payload("alertmanager-firing.json", fp),
        PROMETHEUS_SECRET);

    assertThat(incidents(admin, fp)).hasSize(2);
    assertThat(admin.get("/api/v1/tickets/" + first).field("status")).isEqualTo("RESOLVED");
  }

  @Test
  void aSourceSetToNoteRecoveriesLeavesTheIncidentOpen() {
    String fp = fingerprint("noting");
    var secret = Map.of("Authorization", "Bearer acme-noting-secret-1");
    hook.post("acme-noting", generic(fp, "firing"), secret);

    hook.post("acme-noting", generic(fp, "resolved"), secret);

    String key = incidents(admin, fp).get(0).path("key").asString();
    assertThat(admin.get("/api/v1/tickets/" + key).field("status")).isEqualTo("NEW");
    assertThat(timeline(key)).contains("Alert recovered: Queue consumer stuck (" + fp + ")");
  }

  @Test
  void aRecoveryLeavesAnIncidentAnAgentHoldsToTheAgent() {
    String fp = fingerprint("am-held");
    hook.post(
        "acme-prometheus",
        AlertHookClient.payload("alertmanager-firing.json", fp),
        PROMETHEUS_SECRET);
    String key = incidents(admin, fp).get(0).path("key").asString();
    Api agent = new Api(port).as("agent");
    agent.post("/api/v1/tasks/" + agent.openTask(key).path("id").asString() + "/claim", null);

    hook.post(
        "acme-prometheus",
        AlertHookClient.payload("alertmanager-resolved.json", fp),
        PROMETHEUS_SECRET);

    assertThat(admin.get("/api/v1/tickets/" + key).field("status")).isEqualTo("IN_PROGRESS");
    assertThat(timeline(key)).contains("Alert recovered: Disk on db-01");
  }

  @Test
  void grafanaAlertRaisesAnIncidentWithItsPanelLink() {
    String fp = fingerprint("grafana");

    var response =
        hook.post(
            "acme-grafana",
            AlertHookClient.payload("grafana-firing.json", fp),
            "acme-grafana-secret-1");

    assertThat(response.status()).as(response.toString()).isEqualTo(202);
    var ticket =
        admin.get("/api/v1/tickets/" + incidents(admin, fp).get(0).path("key").asString()).json();
    assertThat(ticket.path("impact").asString()).isEqualTo("MEDIUM");
    assertThat(ticket.path("description").asString())
        .contains("http://grafana.example:3000/d/checkout?viewPanel=2");
  }

  @Test
  void genericAlertSignedWithTheSourceSecretIsAccepted() {
    String fp = fingerprint("signed");
    String body = generic(fp, "firing");

    var response = hook.post("acme-generic", body, signed(body, Instant.now()));

    assertThat(response.status()).as(response.toString()).isEqualTo(202);
    assertThat(incidents(admin, fp)).hasSize(1);
  }

  @Test
  void deliveriesWithoutAValidSecretOrSignatureAreRefusedAndCreateNothing() {
    String fp = fingerprint("refused");
    String body = generic(fp, "firing");
    String am = AlertHookClient.payload("alertmanager-firing.json", fp);
    String agentBasic = new Api(port).as("agent").credentials().get("Authorization");

    assertProblem(hook.post("acme-generic", body, Map.of()), 401);
    assertProblem(hook.post("acme-prometheus", am, "not-the-secret"), 401);
    assertProblem(hook.post("acme-prometheus", am, Map.of("Authorization", agentBasic)), 401);
    assertProblem(hook.post("no-such-source", am, PROMETHEUS_SECRET), 401);
    assertProblem(hook.post("acme-generic", body, signed(body + " ", Instant.now())), 401);
    assertProblem(
        hook.post("acme-generic", body, signed(body, Instant.now().minusSeconds(301))), 401);
    // A signature is for generic sources; Alertmanager proves itself with its bearer secret.
    assertProblem(hook.post("acme-prometheus", am, signed(am, Instant.now())), 401);

    assertThat(incidents(admin, fp)).isEmpty();
  }

  @Test
  void anotherTenantsSourceNeverTouchesThisTenantsIncidents() {
    String fp = fingerprint("tenants");
    String payload = AlertHookClient.payload("alertmanager-firing.json", fp);
    hook.post("acme-prometheus", payload, PROMETHEUS_SECRET);

    hook.post("globex-prometheus", payload, "globex-prometheus-secret");
    hook.post("globex-prometheus", payload, "globex-prometheus-secret");

    var acme = incidents(admin, fp);
    var globex = incidents(new Api(port).as("agent2"), fp);
    assertThat(acme).hasSize(1);
    assertThat(globex).hasSize(1);
    assertThat(timeline(acme.get(0).path("key").asString())).doesNotContain("fired again");
    // Acme's key may exist in globex as well (keys are per tenant); its subject never does.
    assertThat(
            new Api(port)
                .as("agent2")
                .get("/api/v1/tickets/" + acme.get(0).path("key").asString())
                .text())
        .doesNotContain("acme-prometheus");
  }

  @Test
  void camelHeadersSentFromOutsideInAnyCaseHaveNoEffect() {
    String fp = fingerprint("headers");
    var headers =
        Map.of(
            "Authorization", "Bearer " + PROMETHEUS_SECRET,
            "CamelExecCommandExecutable", "touch",
            "cAmElExecCommandArgs", "target/owned-by-alert",
            "cAmElHttpUri", "http://169.254.169.254/latest/meta-data",
            "AtumAlertFormat", "GENERIC",
            "atumalertsource", "globex-prometheus");

    var response =
        hook.post(
            "acme-prometheus", AlertHookClient.payload("alertmanager-firing.json", fp), headers);

    assertThat(response.status()).as(response.toString()).isEqualTo(202);
    assertThat(incidents(admin, fp)).hasSize(1);
    assertThat(incidents(new Api(port).as("agent2"), fp)).isEmpty();
    assertThat(java.nio.file.Path.of("target/owned-by-alert")).doesNotExist();
  }

  @Test
  void anUnreadableDeliveryIsRefusedWithItsReasonAndKeptForAdmins() {
    String body = "{\"version\":\"3\",\"alerts\":[],\"note\":\"" + fingerprint("dead") + "\"}";

    var response = hook.post("acme-prometheus", body, PROMETHEUS_SECRET);

    assertProblem(response, 400);
    assertThat(response.text()).contains("version 3 is not supported");
    var letters = admin.get("/api/v1/alerts/dead-letters").json();
    assertThat(letters.toString()).contains(fingerprint("dead"), "version 3 is not supported");
    assertProblem(new Api(port).as("agent").get("/api/v1/alerts/dead-letters"), 403);
  }

  static String generic(String fingerprint, String status) {
    return """
        {"source":"queue-watch","fingerprint":"%s","status":"%s",
         "title":"Queue consumer stuck (%s)","description":"No messages consumed for 10 minutes",
         "severity":"error"}"""
        .formatted(fingerprint, status, fingerprint);
  }

  static Map<String, String> signed(String body, Instant at) {
    String timestamp = Long.toString(at.getEpochSecond());
    return Map.of(
        "X-Atum-Timestamp",
        timestamp,
        "X-Atum-Signature",
        "sha256=" + SignatureCheck.sign(GENERIC_SECRET, timestamp + "." + body));
  }
}
