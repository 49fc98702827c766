package io.atumdesk.inbox;

import static io.atumdesk.Problems.assertProblem;
import static io.atumdesk.inbox.InboxTickets.keys;
import static io.atumdesk.inbox.InboxTickets.walk;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The built-in views, their filters and sorts, over real tickets through the HTTP API. */
@IntegrationTest
class InboxViewsIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  Api customer;
  Api agent;

  @BeforeEach
  void signIn() {
    customer = new Api(port).as("customer");
    agent = new Api(port).as("agent");
  }

  @Test
  void myWorkHoldsTheOpenTicketsAssignedToMe() {
    var tickets = new InboxTickets(customer, "mywork");
    String mine = tickets.incident("Printer jams", "LOW", "LOW");
    String notMine = tickets.incident("Screen flickers", "LOW", "LOW");
    agent.post("/api/v1/tasks/" + agent.openTask(mine).path("id").asString() + "/claim", null);

    assertThat(walk(agent, "view=MY_WORK&category=" + tickets.category)).containsExactly(mine);
    assertThat(walk(new Api(port).as("admin"), "view=MY_WORK&category=" + tickets.category))
        .isEmpty();
    assertThat(walk(agent, "view=ALL_OPEN&category=" + tickets.category))
        .containsExactlyInAnyOrder(mine, notMine);
  }

  @Test
  void myGroupsListsUnassignedTicketsFirst() {
    var tickets = new InboxTickets(customer, "mygroups");
    String claimed = tickets.incident("Claimed first", "LOW", "LOW");
    String waiting = tickets.incident("Still waiting", "LOW", "LOW");
    agent.post("/api/v1/tasks/" + agent.openTask(claimed).path("id").asString() + "/claim", null);
    // The claim made "claimed" the most recently updated: without the rule it would lead.
    assertThat(walk(agent, "view=MY_GROUPS&sort=updated&category=" + tickets.category))
        .containsExactly(waiting, claimed);
    assertThat(walk(agent, "view=MY_GROUPS&size=1&category=" + tickets.category))
        .containsExactly(waiting, claimed);
    // An admin works every group's queue.
    assertThat(walk(new Api(port).as("admin"), "view=MY_GROUPS&category=" + tickets.category))
        .containsExactly(waiting, claimed);
  }

  @Test
  void slaAtRiskHoldsRunningClocksThatAreWarnedBreachedOrDueSoon() {
    var tickets = new InboxTickets(customer, "atrisk");
    // P1: first response due in 15 minutes on the 24x7 calendar, inside the 2 h horizon.
    String dueSoon = tickets.incident("Core switch down", "HIGH", "HIGH");
    String relaxed = tickets.incident("Mouse squeaks", "LOW", "LOW");
    String warned = tickets.incident("Disk filling", "LOW", "LOW");
    String paused = tickets.incident("Needs details", "HIGH", "HIGH");
    Instant farAway = Instant.parse("2999-01-01T00:00:00Z");
    for (String key : List.of(relaxed, warned)) {
      jdbc.update(
          "UPDATE sla_clock SET due_at = ? WHERE ticket_id = (SELECT id FROM ticket WHERE"
              + " tenant_id = 'acme' AND ticket_key = ?)",
          Timestamp.from(farAway),
          key);
    }
    jdbc.update(
        "UPDATE sla_clock SET warned_at = due_at WHERE ticket_id = (SELECT id FROM ticket WHERE"
            + " tenant_id = 'acme' AND ticket_key = ?)",
        warned);
    completeResolve(paused, "{\"outcome\":\"pending\",\"pendingReason\":\"Which floor?\"}");

    assertThat(walk(agent, "view=SLA_AT_RISK&sort=slaDue&category=" + tickets.category))
        .containsExactly(dueSoon, warned);
    JsonNode row = row(agent.get("/api/v1/inbox?view=ALL_OPEN&text=" + warned), warned);
    assertThat(row.path("sla").path("state").asString()).isEqualTo("WARNED");
    JsonNode pausedRow = row(agent.get("/api/v1/inbox?view=ALL_OPEN&text=" + paused), paused);
    assertThat(pausedRow.path("status").asString()).isEqualTo("PENDING");
    assertThat(pausedRow.path("sla").path("state").asString()).isEqualTo("PAUSED");
  }

  @Test
  void filtersNarrowAViewByTypeStatusPriorityGroupAssigneeAndText() {
    var tickets = new InboxTickets(customer, "filters");
    String p1 = tickets.incident("Mail server 100% down", "HIGH", "HIGH");
    String p5 = tickets.incident("Wallpaper request", "LOW", "LOW");
    String request = tickets.raise("SERVICE_REQUEST", "New laptop", "LOW", "LOW");
    agent.post("/api/v1/tasks/" + agent.openTask(p5).path("id").asString() + "/claim", null);
    String base = "view=ALL_OPEN&category=" + tickets.category;

    assertThat(walk(agent, base + "&type=SERVICE_REQUEST")).containsExactly(request);
    assertThat(walk(agent, base + "&type=INCIDENT&priority=P1")).containsExactly(p1);
    assertThat(walk(agent, base + "&status=IN_PROGRESS")).containsExactly(p5);
    assertThat(walk(agent, base + "&assignee=agent")).containsExactly(p5);
    assertThat(walk(agent, base + "&assignee=unassigned&sort=key")).containsExactly(p1, request);
    assertThat(walk(agent, base + "&assignmentGroup=service-desk")).hasSize(3);
    assertThat(walk(agent, base + "&assignmentGroup=network-ops")).isEmpty();
    // Text: in the subject, ignoring case, with % taken literally; or in the key.
    assertThat(walk(agent, base + "&text=SERVER%20100%25")).containsExactly(p1);
    assertThat(walk(agent, base + "&text=r%25")).isEmpty();
    assertThat(walk(agent, base + "&text=" + request.toLowerCase())).containsExactly(request);
  }

  @Test
  void pagesFollowEachSortWithoutRepeatingOrSkippingTies() {
    var tickets = new InboxTickets(customer, "paging");
    List<String> raised =
        List.of(
            tickets.incident("One", "MEDIUM", "MEDIUM"),
            tickets.incident("Two", "HIGH", "HIGH"),
            tickets.incident("Three", "MEDIUM", "MEDIUM"),
            tickets.incident("Four", "MEDIUM", "MEDIUM"),
            tickets.incident("Five", "HIGH", "HIGH"),
            tickets.incident("Six", "MEDIUM", "MEDIUM"),
            tickets.incident("Seven", "MEDIUM", "MEDIUM"));
    // Every ticket updated at the same instant: only the id orders them.
    jdbc.update(
        "UPDATE ticket SET updated_at = ? WHERE tenant_id = 'acme' AND category = ?",
        Timestamp.from(Instant.parse("2030-01-01T10:00:00Z")),
        tickets.category);
    String base = "view=ALL_OPEN&category=" + tickets.category;
    List<String> newestFirst = new ArrayList<>(raised);
    Collections.reverse(newestFirst);

    assertThat(walk(agent, base + "&sort=updated&size=2")).containsExactlyElementsOf(newestFirst);
    assertThat(walk(agent, base + "&sort=updated,asc&size=3")).containsExactlyElementsOf(raised);
    assertThat(walk(agent, base + "&sort=created&size=2")).containsExactlyElementsOf(newestFirst);
    assertThat(walk(agent, base + "&sort=key&size=4")).containsExactlyElementsOf(raised);
    assertThat(walk(agent, base + "&sort=priority&size=2"))
        .containsExactly(
            raised.get(1),
            raised.get(4),
            raised.get(0),
            raised.get(2),
            raised.get(3),
            raised.get(5),
            raised.get(6));
    assertThat(walk(agent, base + "&sort=slaDue&size=3"))
        .containsExactlyInAnyOrderElementsOf(raised)
        .startsWith(raised.get(1), raised.get(4));
    var first = agent.get("/api/v1/inbox?" + base + "&size=7");
    assertThat(keys(first)).hasSize(7);
    assertThat(first.json().path("nextCursor").isNull()).isTrue();
  }

  @Test
  void nearestSlaDueComesFirstAndTicketsWithoutARunningClockLast() {
    var tickets = new InboxTickets(customer, "sladue");
    String laterDue = tickets.incident("Keyboard sticky", "LOW", "LOW");
    String pendingFirst = tickets.incident("Pending one", "HIGH", "HIGH");
    String soonDue = tickets.incident("Router down", "HIGH", "HIGH");
    String pendingSecond = tickets.incident("Pending two", "LOW", "LOW");
    for (String key : List.of(pendingFirst, pendingSecond)) {
      completeResolve(key, "{\"outcome\":\"pending\",\"pendingReason\":\"Which one?\"}");
    }
    String base = "view=ALL_OPEN&sort=slaDue&category=" + tickets.category;

    List<String> expected = List.of(soonDue, laterDue, pendingFirst, pendingSecond);
    assertThat(walk(agent, base + "&size=1")).containsExactlyElementsOf(expected);
    assertThat(walk(agent, base + "&size=3")).containsExactlyElementsOf(expected);
    assertThat(walk(agent, base + "&size=50")).containsExactlyElementsOf(expected);
    // MY_GROUPS puts unassigned tickets first and then sorts by the same due dates.
    assertThat(walk(agent, "view=MY_GROUPS&sort=slaDue&size=1&category=" + tickets.category))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void aCursorWorksOnlyWithTheSortThatHandedItOut() {
    var tickets = new InboxTickets(customer, "cursor");
    tickets.incident("A", "LOW", "LOW");
    tickets.incident("B", "LOW", "LOW");
    String base = "view=ALL_OPEN&size=1&category=" + tickets.category;
    String cursor = agent.get("/api/v1/inbox?" + base).field("nextCursor");

    assertThat(agent.get("/api/v1/inbox?" + base + "&cursor=" + cursor).status()).isEqualTo(200);
    assertProblem(agent.get("/api/v1/inbox?" + base + "&sort=key&cursor=" + cursor), 400);
    assertProblem(agent.get("/api/v1/inbox?" + base + "&cursor=bm9wZQ"), 400);
    assertProblem(agent.get("/api/v1/inbox?" + base + "&sort=colour"), 400);
    assertProblem(agent.get("/api/v1/inbox?view=ALL_OPEN&size=0"), 400);
  }

  @Test
  void countsEveryViewAsItsPagesDo() {
    var tickets = new InboxTickets(customer, "counts");
    tickets.incident("Counted", "LOW", "LOW");
    JsonNode counts = agent.get("/api/v1/inbox/counts").json();

    assertThat(counts).hasSize(InboxView.values().length);
    for (JsonNode count : counts) {
      String view = count.path("view").asString();
      long rows = walk(agent, "view=" + view + "&size=200").size();
      assertThat(count.path("count").asLong()).as(view).isEqualTo(Math.min(rows, 999));
      assertThat(count.path("capped").asBoolean()).as(view).isEqualTo(rows > 999);
    }
  }

  @Test
  void customersAndCabMembersHaveNoInbox() {
    for (String user : List.of("customer", "cab", "designer")) {
      Api api = new Api(port).as(user);
      assertProblem(api.get("/api/v1/inbox"), 403);
      assertProblem(api.get("/api/v1/inbox/counts"), 403);
      assertProblem(api.get("/api/v1/inbox/views"), 403);
      assertProblem(
          api.post("/api/v1/inbox/bulk", "{\"keys\":[\"INC-000001\"],\"assignee\":\"\"}"), 403);
    }
    assertProblem(new Api(port).get("/api/v1/inbox"), 401);
  }

  private void completeResolve(String key, String data) {
    String task = agent.openTask(key).path("id").asString();
    var done = agent.post("/api/v1/tasks/" + task + "/complete", data);
    assertThat(done.status()).as(done.toString()).isEqualTo(204);
  }

  private static JsonNode row(Api.Response page, String key) {
    for (JsonNode row : page.json().path("items")) {
      if (row.path("key").asString().equals(key)) {
        return row;
      }
    }
    throw new AssertionError(key + " not in " + page);
  }
}
