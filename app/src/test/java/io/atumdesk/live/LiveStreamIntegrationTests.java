package io.atumdesk.live;

import static io.atumdesk.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pages' event streams over real HTTP: who hears of which ticket and task, only after the commit,
 * and never across tenants or past what a person may see.
 */
@IntegrationTest
class LiveStreamIntegrationTests {

  static final String INCIDENT =
      """
      {"type":"INCIDENT","subject":"%s","description":"Every few minutes",
       "impact":"HIGH","urgency":"LOW","category":"network"}""";

  @LocalServerPort int port;
  @Autowired CommittedSignals signals;
  @Autowired PlatformTransactionManager transactions;
  final List<EventStream> streams = new ArrayList<>();
  Api customer;
  Api agent;
  Api admin;

  @BeforeEach
  void signIn() {
    customer = new Api(port).signedIn("customer");
    agent = new Api(port).signedIn("agent");
    admin = new Api(port).signedIn("admin");
  }

  @AfterEach
  void closeStreams() {
    streams.forEach(EventStream::close);
  }

  @Test
  void agentHearsOfATicketACustomerRaised() {
    var inbox = open("agent", "");
    assertThat(inbox.status()).isEqualTo(200);
    assertThat(inbox.header("Content-Type")).startsWith("text/event-stream");

    String key = raise(customer, "VPN drops on floor 3");

    var raised = inbox.next("ticket-raised", e -> key.equals(e.data().path("key").asString()));
    assertThat(raised.data().path("type").asString()).isEqualTo("INCIDENT");
    assertThat(raised.data().path("subject").asString()).isEqualTo("VPN drops on floor 3");
    // Sent after the commit, so the process has already prioritised and routed the ticket.
    assertThat(raised.data().path("priority").asString()).isEqualTo("P3");
    assertThat(raised.data().path("group").asString()).isEqualTo("network-ops");
  }

  @Test
  void groupMembersHearOfANewTaskAndTheAssigneeOfTheirs() {
    var inbox = open("agent", "");
    String key = raise(customer, "Printer offline");

    var forGroup = inbox.next("task-assigned", e -> key.equals(e.data().path("key").asString()));
    assertThat(forGroup.data().path("group").asString()).isEqualTo("network-ops");
    assertThat(forGroup.data().path("assignee").isNull()).isTrue();
    assertThat(forGroup.data().path("taskName").asString()).isEqualTo("Resolve incident");

    long version = admin.get("/api/v1/tickets/" + key).json().path("version").asLong();
    var moved =
        admin.patch(
            "/api/v1/tickets/" + key, "{\"version\":" + version + ",\"assignee\":\"agent\"}");
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);

    // One transaction moves the ticket and its task; both signals come, in either order.
    var seen =
        inbox.until(
            "task-assigned",
            e ->
                key.equals(e.data().path("key").asString())
                    && "agent".equals(e.data().path("assignee").asString(null)));
    assertThat(seen.get(seen.size() - 1).data().path("taskName").asString())
        .isEqualTo("Resolve incident");
    Predicate<EventStream.Event> aboutTicket = e -> key.equals(e.data().path("key").asString());
    var changed =
        seen.stream()
            .filter(e -> e.name().equals("ticket-changed") && aboutTicket.test(e))
            .findFirst()
            .orElseGet(() -> inbox.next("ticket-changed", aboutTicket));
    assertThat(changed.data().path("what").asString()).isEqualTo("assignment");
    assertThat(changed.data().path("by").asString()).isEqualTo("admin");
  }

  @Test
  void inboxesHearThatAClaimedTicketMovedOn() {
    String key = raise(customer, "Switch port dead");
    var inbox = open("admin", "");

    agent.post("/api/v1/tasks/" + agent.openTask(key).path("id").asString() + "/claim", null);

    var changed = inbox.next("ticket-changed", e -> key.equals(e.data().path("key").asString()));
    assertThat(changed.data().path("what").asString()).isEqualTo("status");
    assertThat(changed.data().path("by").asString()).isEqualTo("agent");
  }

  @Test
  void theRequestersPageHearsOfRepliesButNeverOfInternalNotes() {
    String key = raise(customer, "Mail bounces");
    var customerPage = open("customer", "?ticket=" + key);
    var agentPage = open("agent", "?ticket=" + key);

    comment(key, "Looks like the relay again", true);
    comment(key, "We are on it", false);

    // Signals go out in commit order: had the note reached the customer, it would come first.
    var seen = customerPage.until("ticket-changed", e -> true);
    var first = seen.get(seen.size() - 1);
    assertThat(first.data().path("what").asString()).isEqualTo("reply");
    assertThat(first.data().path("by").asString()).isEqualTo("agent");
    assertThat(seen).noneMatch(e -> e.data().toString().contains("note"));
    assertThat(agentPage.next("ticket-changed", e -> true).data().path("what").asString())
        .isEqualTo("note");
    assertThat(agentPage.next("ticket-changed", e -> true).data().path("what").asString())
        .isEqualTo("reply");
  }

  @Test
  void aRolledBackTransactionSignalsNothing() {
    var inbox = open("agent", "");
    var transaction = new TransactionTemplate(transactions);

    transaction.executeWithoutResult(
        status -> {
          signals.add(() -> testSignal("rolled back"));
          status.setRollbackOnly();
        });
    transaction.executeWithoutResult(status -> signals.add(() -> testSignal("committed")));

    var seen = inbox.until("test", e -> true);
    assertThat(seen.get(seen.size() - 1).data().path("outcome").asString()).isEqualTo("committed");
  }

  @Test
  void anotherTenantHearsNothing() {
    var acme = open("agent", "");
    var globex = open("agent2", "");

    raise(customer, "Acme secret outage");
    raise(new Api(port).signedIn("customer2"), "Globex outage");

    var seen =
        globex.until(
            "ticket-raised", e -> "Globex outage".equals(e.data().path("subject").asString()));
    assertThat(seen.toString()).doesNotContain("Acme secret outage");
    acme.next(
        "ticket-raised", e -> "Acme secret outage".equals(e.data().path("subject").asString()));
  }

  @Test
  void aTicketPageStreamOnlyOpensForPeopleWhoMaySeeTheTicket() {
    String othersTicket =
        agent
            .post(
                "/api/v1/tickets",
                INCIDENT.formatted("For someone else").replace("{", "{\"requester\":\"cab\","))
            .field("key");

    var refused = open("customer", "?ticket=" + othersTicket);
    assertThat(refused.status()).isEqualTo(404);
    assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
    assertThat(refused.errorBody()).contains(othersTicket);
    assertThat(open("customer", "?ticket=nonsense").status()).isEqualTo(404);
    assertThat(open("agent", "?ticket=" + othersTicket).status()).isEqualTo(200);
    assertProblem(new Api(port).get("/live/stream"), 401);
  }

  private static Signal testSignal(String outcome) {
    return new Signal("acme", "test", new Audience.Person("agent"), Map.of("outcome", outcome));
  }

  private EventStream open(String user, String query) {
    var stream = EventStream.open(port, user, query);
    streams.add(stream);
    return stream;
  }

  private String raise(Api as, String subject) {
    var created = as.post("/api/v1/tickets", INCIDENT.formatted(subject));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.field("key");
  }

  private void comment(String key, String body, boolean internal) {
    var added =
        agent.post(
            "/api/v1/tickets/" + key + "/comments",
            "{\"body\":\"" + body + "\",\"internal\":" + internal + "}");
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
  }
}
