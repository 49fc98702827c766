package io.atumdesk.inbox;

import static io.atumdesk.inbox.InboxTickets.walk;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import io.atumdesk.core.Actor;
import io.atumdesk.core.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read model queries the tables with JDBC, past Hibernate's tenant filter, so each statement
 * names the tenant itself: here a globex agent sees nothing of acme, and a tenant of 1,200 open
 * tickets shows in nobody else's views while its own counts stop at the cap.
 */
@IntegrationTest
class InboxTenantIsolationIntegrationTests {

  static final String CROWDED = "inbox-crowded";
  static final int CROWD = 1200;

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired Inbox inbox;
  Api agent2;
  Actor crowdedAgent =
      new Actor("crowd-agent", CROWDED, Set.of(Role.AGENT), Set.of("service-desk"));

  @BeforeEach
  void crowdATenant() {
    agent2 = new Api(port).as("agent2");
    if (jdbc.queryForObject("SELECT COUNT(*) FROM tenant WHERE id = ?", Long.class, CROWDED) > 0) {
      return;
    }
    Timestamp now = Timestamp.from(Instant.parse("2030-01-01T00:00:00Z"));
    jdbc.update(
        "INSERT INTO tenant (id, name, created_at) VALUES (?, ?, ?)", CROWDED, "Crowd", now);
    List<Object[]> rows =
        java.util.stream.IntStream.rangeClosed(1, CROWD)
            .mapToObj(
                i ->
                    new Object[] {
                      -i,
                      "INC-%06d".formatted(i),
                      i % 2 == 0 ? "crowd-agent" : null,
                      "Crowded ticket " + i,
                      now
                    })
            .toList();
    jdbc.batchUpdate(
        "INSERT INTO ticket (id, tenant_id, ticket_key, type, status, priority, subject,"
            + " requester, assignee, assignment_group, reopen_count, created_at, updated_at,"
            + " version) VALUES (?, '"
            + CROWDED
            + "', ?, 'INCIDENT', 'NEW', 'P3', ?, 'someone', ?, 'service-desk', 0, ?, ?, 0)",
        rows.stream().map(r -> new Object[] {r[0], r[1], r[3], r[2], r[4], r[4]}).toList());
  }

  @Test
  void aGlobexAgentSeesNothingOfAcme() {
    var acme = new InboxTickets(new Api(port).as("customer"), "isolation");
    String acmeKey = acme.incident("Acme only", "LOW", "LOW");

    for (InboxView view : InboxView.values()) {
      assertThat(walk(agent2, "view=" + view + "&category=" + acme.category)).isEmpty();
    }
    assertThat(walk(agent2, "view=ALL&size=200&text=Acme%20only")).isEmpty();
    assertThat(new Api(port).as("agent").get("/api/v1/inbox?view=ALL&text=" + acmeKey).text())
        .contains(acmeKey);
    var refused =
        agent2.post(
            "/api/v1/inbox/bulk", "{\"keys\":[\"" + acmeKey + "\"],\"assignee\":\"agent2\"}");
    assertThat(refused.json().path("results").get(0).path("ok").asBoolean()).isFalse();
    assertThat(refused.json().path("results").get(0).path("reason").asString())
        .isEqualTo("Ticket " + acmeKey + " was not found");
  }

  @Test
  void anotherTenantsTicketsNeverShowInViewsOrCounts() {
    for (String user : List.of("agent", "admin", "agent2")) {
      Api api = new Api(port).as(user);
      assertThat(walk(api, "view=ALL&size=200&text=Crowded%20ticket")).isEmpty();
      api.get("/api/v1/inbox/counts")
          .json()
          .forEach(count -> assertThat(count.path("capped").asBoolean()).isFalse());
    }
  }

  @Test
  void countsStopAtTheCapAndSayThereAreMore() {
    var counts = inbox.counts(crowdedAgent);

    assertThat(counts)
        .contains(
            new ViewCount(InboxView.ALL_OPEN, 999, true),
            new ViewCount(InboxView.MY_GROUPS, 999, true),
            new ViewCount(InboxView.MY_WORK, CROWD / 2, false),
            new ViewCount(InboxView.SLA_AT_RISK, 0, false));
    assertThat(counts)
        .filteredOn(count -> count.view() == InboxView.ALL)
        .singleElement()
        .extracting(ViewCount::label)
        .isEqualTo("999+");
    var page = inbox.page(crowdedAgent, InboxQuery.firstPage(InboxView.MY_GROUPS, 200));
    assertThat(page.items()).hasSize(200).allMatch(row -> row.assignee() == null);
    // Equal update times: the id (here -1, -3, ...) decides, highest first.
    assertThat(page.items().get(0).key()).isEqualTo("INC-000001");
    assertThat(page.items().get(1).key()).isEqualTo("INC-000003");
  }
}
