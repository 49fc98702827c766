package io.atumdesk.ticket.web;

import static io.atumdesk.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** An @name in an internal note notifies that colleague, if they are staff of the same tenant. */
@IntegrationTest
class MentionApiIntegrationTests {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  Api agent;
  Api customer;
  String key;

  @BeforeEach
  void raise() {
    agent = new Api(port).as("agent");
    customer = new Api(port).as("customer");
    key =
        customer
            .post("/api/v1/tickets", "{\"type\":\"INCIDENT\",\"subject\":\"Laptop is slow\"}")
            .field("key");
  }

  @Test
  void aNoteNotifiesOnlyStaffOfTheSameTenant() {
    var note =
        agent.post(
            "/api/v1/tickets/" + key + "/comments",
            """
            {"internal":true,
             "body":"@admin and @cab, have a look. Not @customer, @agent2, @nobody or @agent."}""");

    assertThat(note.status()).as(note.toString()).isEqualTo(201);
    assertThat(note.json().path("details").path("mentioned").toString())
        .isEqualTo("[\"admin\",\"cab\"]");
    assertThat(notified()).containsExactly("admin", "cab");
    assertThat(
            jdbc.queryForObject(
                "SELECT n.subject FROM notification n JOIN ticket t ON t.id = n.ticket_id"
                    + " WHERE t.ticket_key = ? AND n.recipient = 'admin'",
                String.class,
                key))
        .isEqualTo("agent mentioned you on " + key);
  }

  @Test
  void aPublicReplyNotifiesNobody() {
    agent.post("/api/v1/tickets/" + key + "/comments", "{\"body\":\"@admin will call you\"}");
    customer.post("/api/v1/tickets/" + key + "/comments", "{\"body\":\"@admin @cab help!\"}");

    assertThat(notified()).isEmpty();
  }

  @Test
  void aNoteWrittenWhileCompletingATaskNotifiesButTheReplyBeforeDoesNot() {
    String resolve = agent.openTask(key).path("id").asString();
    agent.post(
        "/api/v1/tasks/" + resolve + "/complete",
        "{\"outcome\":\"pending\",\"pendingReason\":\"Which model? @admin asks too\"}");
    String resume = agent.openTask(key).path("id").asString();

    var completed =
        agent.post(
            "/api/v1/tasks/" + resume + "/complete", "{\"comment\":\"@cab it is a T14, FYI\"}");

    assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
    assertThat(notified()).containsExactly("cab");
  }

  @Test
  void offersStaffOfTheTenantByPrefix() {
    assertThat(agent.get("/api/v1/mentionable?prefix=a").json().findValuesAsString("username"))
        .containsExactly("admin", "agent");
    assertThat(
            agent.get("/api/v1/mentionable?prefix=Casey").json().findValuesAsString("displayName"))
        .containsExactly("Casey CAB");
    // Staff only: customer, also starting with c, is left out.
    assertThat(agent.get("/api/v1/mentionable?prefix=c").json().findValuesAsString("username"))
        .containsExactly("cab", "cab2", "cab3", "changemgr");
    assertThat(agent.get("/api/v1/mentionable?prefix=%25").json().size()).isZero();
    assertProblem(customer.get("/api/v1/mentionable?prefix=a"), 403);
  }

  private List<String> notified() {
    return jdbc.queryForList(
        "SELECT n.recipient FROM notification n JOIN ticket t ON t.id = n.ticket_id"
            + " WHERE t.ticket_key = ? AND n.recipient_kind = 'USER' ORDER BY n.recipient",
        String.class,
        key);
  }
}
