package io.atumdesk.people;

import static io.atumdesk.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group leads and on-call rosters over the API: admins name them, only the tenant's enabled staff
 * qualify, shifts are checked, and the roster answers who leads and who is on call when.
 */
@IntegrationTest
class GroupRosterIntegrationTests {

  static final String RUN = Long.toString(System.currentTimeMillis(), 36);

  @LocalServerPort int port;
  @Autowired UserGroups groups;
  @Autowired GroupRoster roster;
  @Autowired PlatformTransactionManager transactions;
  Api admin;
  String group;

  @BeforeEach
  void group() {
    admin = new Api(port).as("admin");
    group = "roster-" + RUN + "-" + System.nanoTime();
    new TransactionTemplate(transactions)
        .executeWithoutResult(s -> groups.save(new UserGroup("acme", group, "Roster " + RUN)));
  }

  @Test
  void anAdminNamesALeadAndTheRosterAnswersWithIt() {
    var named = admin.send("PUT", "/api/v1/groups/" + group + "/lead", "{\"username\":\"agent\"}");

    assertThat(named.status()).as(named.toString()).isEqualTo(200);
    assertThat(named.field("lead")).isEqualTo("agent");
    assertThat(admin.get("/api/v1/groups").text()).contains("\"key\":\"" + group + "\"");
    assertThat(roster.leadOf("acme", group)).contains("agent");
    assertThat(roster.leadOf("globex", group)).isEmpty();

    admin.send("PUT", "/api/v1/groups/" + group + "/lead", "{\"username\":\"\"}");
    assertThat(roster.leadOf("acme", group)).isEmpty();
  }

  @Test
  void shiftsSayWhoIsOnCallWhenAndEndedOnesDropOffTheList() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String current = shift("agent", now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)));
    shift("admin", now.plus(Duration.ofHours(2)), now.plus(Duration.ofHours(4)));
    shift("admin", now.minus(Duration.ofHours(5)), now.minus(Duration.ofHours(4)));

    assertThat(roster.onCall("acme", group, now)).containsExactly("agent");
    assertThat(roster.onCall("acme", group, now.plus(Duration.ofHours(3))))
        .containsExactly("admin");
    assertThat(roster.onCall("acme", group, now.plus(Duration.ofHours(5)))).isEmpty();
    assertThat(roster.onCall("globex", group, now)).isEmpty();
    var listed = admin.get("/api/v1/groups/" + group + "/on-call").json();
    assertThat(listed.size()).isEqualTo(2);
    assertThat(listed.get(0).path("username").asString()).isEqualTo("agent");

    assertThat(admin.delete("/api/v1/groups/" + group + "/on-call/" + current).status())
        .isEqualTo(204);
    assertThat(roster.onCall("acme", group, now)).isEmpty();
    assertProblem(admin.delete("/api/v1/groups/" + group + "/on-call/" + current), 404);
  }

  @Test
  void onlyTheTenantsStaffGoOnCallForSensibleSpans() {
    Instant now = Instant.now();
    assertProblem(post("customer", now, now.plusSeconds(60)), 400, "username");
    assertProblem(post("agent2", now, now.plusSeconds(60)), 400, "username");
    assertProblem(post("nobody-" + RUN, now, now.plusSeconds(60)), 400, "username");
    assertProblem(post("agent", now, now), 400, "to");
    assertProblem(post("agent", now, now.plus(Duration.ofDays(32))), 400, "to");
    assertProblem(
        admin.post("/api/v1/groups/" + group + "/on-call", "{\"username\":\"agent\"}"),
        400,
        "from");
    assertProblem(
        admin.send("PUT", "/api/v1/groups/" + group + "/lead", "{\"username\":\"customer\"}"),
        400,
        "username");
  }

  @Test
  void onlyAdminsOfTheGroupsTenantManageIt() {
    Api agent = new Api(port).as("agent");
    assertProblem(agent.get("/api/v1/groups"), 403);
    assertProblem(
        agent.send("PUT", "/api/v1/groups/" + group + "/lead", "{\"username\":\"agent\"}"), 403);
    assertProblem(admin.get("/api/v1/groups/no-such-group-" + RUN + "/on-call"), 404);
    assertProblem(
        admin.send("PUT", "/api/v1/groups/no-such-group-" + RUN + "/lead", "{\"username\":\"\"}"),
        404);
  }

  private Api.Response post(String username, Instant from, Instant to) {
    return admin.post(
        "/api/v1/groups/" + group + "/on-call",
        "{\"username\":\"%s\",\"from\":\"%s\",\"to\":\"%s\"}".formatted(username, from, to));
  }

  private String shift(String username, Instant from, Instant to) {
    var added = post(username, from, to);
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    return added.field("id");
  }
}
