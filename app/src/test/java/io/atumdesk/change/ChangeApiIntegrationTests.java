package io.atumdesk.change;

import static io.atumdesk.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The change API over the wire: a normal change through the CAB (vetoed, then carried by the
 * quorum), an emergency change through the ECAB into a blackout with an override, and the refusals
 * a person can act on.
 */
@IntegrationTest
class ChangeApiIntegrationTests {

  static final String RUN = UUID.randomUUID().toString().substring(0, 8);

  /** Blackouts of these tests lie years ahead, clear of every other test's windows. */
  static final Instant FREEZE = Instant.parse("2041-03-02T00:00:00Z");

  @LocalServerPort int port;
  Api agent;
  Api manager;

  @BeforeEach
  void signIn() {
    agent = new Api(port).as("agent");
    manager = new Api(port).as("changemgr");
  }

  @Test
  void aNormalChangeIsVetoedByOneRejectionThenCarriedByTheQuorumWhenTheVetoIsOff() {
    // Without a rollback plan the table asks the whole board and lets any member veto.
    String vetoed = raise("NORMAL", "Re-index the mail store", "HIGH", null);
    assertThat(change(vetoed).path("risk").asString()).isEqualTo("HIGH");
    assertThat(vote("cab", vetoed, "APPROVE", "Fine by me").status()).isEqualTo(200);
    assertThat(vote("cab2", vetoed, "APPROVE", null).status()).isEqualTo(200);
    assertThat(change(vetoed).path("stage").asString()).isEqualTo("APPROVAL");
    JsonNode rejected = vote("cab3", vetoed, "REJECT", "No rollback plan").json();
    assertThat(rejected.path("stage").asString()).isEqualTo("REJECTED");
    assertThat(rejected.path("status").asString()).isEqualTo("CLOSED");
    assertThat(timeline(vetoed))
        .contains("CAB vote: approve\nFine by me", "CAB vote: reject\nNo rollback plan");

    // With a rollback plan a high impact goes to the board by quorum: two approvals carry it.
    String carried = raise("NORMAL", "Re-index the archive", "HIGH", "Restore the old index");
    assertThat(change(carried).path("risk").asString()).isEqualTo("MEDIUM");
    vote("cab", carried, "APPROVE", null);
    vote("cab3", carried, "REJECT", "Rather next month");
    JsonNode approved = vote("cab2", carried, "APPROVE", null).json();
    assertThat(approved.path("stage").asString()).isEqualTo("SCHEDULING");
    assertThat(approved.path("approval").asString()).isEqualTo("APPROVED");
    assertThat(approved.path("votes").findValuesAsString("voter"))
        .containsExactly("cab", "cab3", "cab2");
  }

  @Test
  void anEmergencyChangeIsApprovedByTheEcabAndMayOverrideABlackoutWithAReason() {
    String blackout = blackout("Quarter close " + RUN, FREEZE, FREEZE.plus(Duration.ofDays(2)));
    try {
      String key = raise("EMERGENCY", "Patch the exploited VPN", "HIGH", "Reinstall the old build");
      assertThat(change(key).path("approvalRoute").asString()).isEqualTo("ECAB");
      assertThat(vote("cab2", key, "APPROVE", "Do it now").json().path("stage").asString())
          .isEqualTo("SCHEDULING");

      var refused = schedule(key, FREEZE.plus(Duration.ofHours(5)), null);
      assertProblem(refused, 409);
      assertThat(refused.field("detail")).contains("Quarter close " + RUN).contains("override");
      var scheduled = schedule(key, FREEZE.plus(Duration.ofHours(5)), "Attack in progress");

      assertThat(scheduled.status()).isEqualTo(200);
      assertThat(scheduled.json().path("change").path("overrideReason").asString())
          .isEqualTo("Attack in progress");
      assertThat(timeline(key)).contains("blackout overridden: Attack in progress");
      JsonNode calendar =
          agent
              .get(
                  "/api/v1/changes/calendar?from=%s&to=%s"
                      .formatted(FREEZE, FREEZE.plus(Duration.ofDays(7))))
              .json();
      assertThat(calendar.path("changes").findValuesAsString("key")).contains(key);
      assertThat(calendar.path("blackouts").findValuesAsString("name"))
          .contains("Quarter close " + RUN);
    } finally {
      manager.delete("/api/v1/changes/blackouts/" + blackout);
    }
  }

  @Test
  void refusesVotesFromOutsideTheBoardTwiceOrAfterWithdrawal() {
    String key = raise("NORMAL", "Swap the UPS batteries", "HIGH", "Put the old ones back");

    assertProblem(vote("agent", key, "APPROVE", null), 403);
    assertThat(vote("cab", key, "APPROVE", null).status()).isEqualTo(200);
    var twice = vote("cab", key, "APPROVE", null);
    assertProblem(twice, 409);
    assertThat(twice.field("detail")).contains("already");
    assertThat(
            agent
                .post("/api/v1/changes/" + key + "/withdrawal", "{\"reason\":\"Vendor recall\"}")
                .json()
                .path("stage")
                .asString())
        .isEqualTo("WITHDRAWN");
    var afterWithdrawal = vote("cab2", key, "APPROVE", null);
    assertProblem(afterWithdrawal, 409);
    assertThat(afterWithdrawal.field("detail")).contains("withdrawn");
    assertProblem(new Api(port).as("agent2").get("/api/v1/changes/" + key), 404);
  }

  @Test
  void refusesANormalChangeInABlackoutNamingTheWindowEvenWithAnOverrideReason() {
    Instant start = FREEZE.plus(Duration.ofDays(30));
    String blackout = blackout("Trade fair " + RUN, start, start.plus(Duration.ofDays(1)));
    try {
      String key = raise("NORMAL", "Reconfigure the booth Wi-Fi", "LOW", "Previous config");
      vote("changemgr", key, "APPROVE", null);

      var refused = schedule(key, start.plus(Duration.ofHours(2)), "We really need it");

      assertProblem(refused, 409);
      assertThat(refused.field("detail"))
          .contains("Trade fair " + RUN)
          .contains("only emergency changes may override");
      assertThat(change(key).path("stage").asString()).isEqualTo("SCHEDULING");
    } finally {
      manager.delete("/api/v1/changes/blackouts/" + blackout);
    }
  }

  @Test
  void namesEachMissingFieldOfAStage() {
    var noPlan =
        agent.post(
            "/api/v1/changes", "{\"type\":\"NORMAL\",\"subject\":\"Something\",\"submit\":true}");
    assertProblem(noPlan, 400);
    assertThat(noPlan.json().path("errors").findValuesAsString("field")).containsExactly("plan");

    var tooLong =
        agent.post(
            "/api/v1/changes",
            "{\"type\":\"NORMAL\",\"subject\":\"Long\",\"plan\":\"%s\",\"testEvidence\":\"%s\"}"
                .formatted("p".repeat(20001), "e".repeat(20001)));
    assertProblem(tooLong, 400);
    assertThat(tooLong.json().path("errors").findValuesAsString("field"))
        .containsExactly("plan", "testEvidence");

    String key = raise("STANDARD", "Reset a token", "LOW", null);
    var noWindow = agent.post("/api/v1/changes/" + key + "/schedule", "{}");
    assertProblem(noWindow, 400);
    assertThat(noWindow.json().path("errors").findValuesAsString("field"))
        .containsExactly("plannedStart", "plannedEnd");

    String normal = raise("NORMAL", "Move a rack", "LOW", null);
    // No rollback plan: the board decides; two approvals and the third carry it with the veto on.
    vote("cab", normal, "APPROVE", null);
    vote("cab2", normal, "APPROVE", null);
    vote("cab3", normal, "APPROVE", null);
    var incomplete = schedule(normal, Instant.now().plus(Duration.ofDays(1)), null);
    assertProblem(incomplete, 400);
    assertThat(incomplete.json().path("errors").findValuesAsString("field"))
        .containsExactly("rollbackPlan");
  }

  @Test
  void blackoutWindowsAreKeptByChangeManagersAndAdminsOnly() {
    String body =
        "{\"name\":\"Audit %s\",\"startsAt\":\"2042-01-01T00:00:00Z\",\"endsAt\":\"2042-01-02T00:00:00Z\"}"
            .formatted(RUN);
    assertProblem(agent.post("/api/v1/changes/blackouts", body), 403);
    var invalid =
        manager.post(
            "/api/v1/changes/blackouts",
            "{\"startsAt\":\"2042-01-02T00:00:00Z\",\"endsAt\":\"2042-01-01T00:00:00Z\"}");
    assertProblem(invalid, 400);
    assertThat(invalid.json().path("errors").findValuesAsString("field"))
        .containsExactly("name", "endsAt");

    var created = manager.post("/api/v1/changes/blackouts", body);
    assertThat(created.status()).isEqualTo(201);
    String id = created.field("id");
    assertThat(new Api(port).as("cab").get("/api/v1/changes/blackouts").text())
        .contains("Audit " + RUN);
    assertProblem(
        manager.send(
            "PUT",
            "/api/v1/changes/blackouts/" + id,
            body.replace(
                "}", ",\"version\":" + (created.json().path("version").asLong() + 1) + "}")),
        409);
    assertProblem(new Api(port).as("agent2").delete("/api/v1/changes/blackouts/" + id), 403);
    assertThat(new Api(port).as("admin").delete("/api/v1/changes/blackouts/" + id).status())
        .isEqualTo(204);
  }

  private String raise(String type, String subject, String impact, String rollbackPlan) {
    var raised =
        agent.post(
            "/api/v1/changes",
            """
            {"type":"%s","subject":"%s","impact":"%s","category":"api-%s",
             "plan":"Plan for %s","rollbackPlan":%s,"testEvidence":"Staging run",
             "submit":true}"""
                .formatted(
                    type,
                    subject,
                    impact,
                    RUN,
                    subject,
                    rollbackPlan == null ? "null" : "\"" + rollbackPlan + "\""));
    assertThat(raised.status()).as(raised.toString()).isEqualTo(201);
    return raised.field("key");
  }

  private JsonNode change(String key) {
    return agent.get("/api/v1/changes/" + key).json();
  }

  private Api.Response vote(String user, String key, String decision, String comment) {
    return new Api(port)
        .as(user)
        .post(
            "/api/v1/changes/" + key + "/votes",
            "{\"decision\":\"%s\",\"comment\":%s}"
                .formatted(decision, comment == null ? "null" : "\"" + comment + "\""));
  }

  private Api.Response schedule(String key, Instant start, String overrideReason) {
    return agent.post(
        "/api/v1/changes/" + key + "/schedule",
        "{\"plannedStart\":\"%s\",\"plannedEnd\":\"%s\",\"overrideReason\":%s}"
            .formatted(
                start,
                start.plus(Duration.ofHours(2)),
                overrideReason == null ? "null" : "\"" + overrideReason + "\""));
  }

  private String blackout(String name, Instant from, Instant to) {
    var created =
        manager.post(
            "/api/v1/changes/blackouts",
            "{\"name\":\"%s\",\"startsAt\":\"%s\",\"endsAt\":\"%s\"}".formatted(name, from, to));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.field("id");
  }

  private String timeline(String key) {
    return agent.get("/api/v1/tickets/" + key + "/timeline").text().replace("\\n", "\n");
  }
}
