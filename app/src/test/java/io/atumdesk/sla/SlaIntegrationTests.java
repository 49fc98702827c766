package io.atumdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import tools.jackson.databind.JsonNode;

/**
 * SLA clocks on real tickets: started from the SLA policy table, paused while the ticket waits on
 * its requester, stopped by the first answer; warnings, breaches and escalations fired by moving
 * time instead of waiting, exactly once, also by a scheduler node that starts from the database.
 */
@IntegrationTest
class SlaIntegrationTests {

  static final String P1_NETWORK =
      "{\"type\":\"INCIDENT\",\"subject\":\"Core switch down\",\"impact\":\"HIGH\",\"urgency\":\"HIGH\",\"category\":\"network\"}";

  @LocalServerPort int port;
  @Autowired SlaCheckpoints checkpoints;
  @Autowired SlaClocks clocks;
  @Autowired JdbcTemplate jdbc;
  @Autowired Scheduler scheduler;
  @Autowired DataSource dataSource;
  @Autowired ApplicationContext context;
  Api customer;
  Api agent;

  @BeforeEach
  void signIn() {
    customer = new Api(port).as("customer");
    agent = new Api(port).as("agent");
  }

  @Test
  void startsTheClocksThePolicyTableChose() {
    String key = customer.post("/api/v1/tickets", P1_NETWORK).field("key");

    JsonNode sla = agent.get("/api/v1/tickets/" + key + "/sla").json();
    JsonNode response = clock(sla, "FIRST_RESPONSE");
    JsonNode resolution = clock(sla, "RESOLUTION");
    assertThat(response.path("target").asString()).isEqualTo("PT15M");
    assertThat(response.path("calendar").asString()).isEqualTo("24x7");
    assertThat(Duration.between(instant(response, "startedAt"), instant(response, "dueAt")))
        .isEqualTo(Duration.ofMinutes(15));
    assertThat(resolution.path("target").asString()).isEqualTo("PT4H");
    assertThat(resolution.path("state").asString()).isEqualTo("RUNNING");
    assertThat(timeline(key))
        .anyMatch(b -> b.startsWith("Decision sla-policy: firstResponseTarget = PT15M"));
    assertThat(customer.get("/api/v1/tickets/" + key + "/sla").status()).isEqualTo(200);
    assertThat(new Api(port).as("agent2").get("/api/v1/tickets/" + key + "/sla").status())
        .isEqualTo(404);
  }

  @Test
  void theFirstPublicAnswerStopsTheFirstResponseClock() {
    String key = customer.post("/api/v1/tickets", P1_NETWORK).field("key");
    agent.post(
        "/api/v1/tickets/" + key + "/comments", "{\"body\":\"Internal look\",\"internal\":true}");
    assertThat(clock(sla(key), "FIRST_RESPONSE").path("state").asString()).isEqualTo("RUNNING");

    agent.post("/api/v1/tickets/" + key + "/comments", "{\"body\":\"We are on it\"}");

    assertThat(clock(sla(key), "FIRST_RESPONSE").path("state").asString()).isEqualTo("STOPPED");
    assertThat(clock(sla(key), "RESOLUTION").path("state").asString()).isEqualTo("RUNNING");
  }

  @Test
  void waitingOnTheRequesterPausesTheResolutionClock() {
    String key = customer.post("/api/v1/tickets", P1_NETWORK).field("key");
    String task = agent.openTask(key).path("id").asString();

    agent.post(
        "/api/v1/tasks/" + task + "/complete",
        "{\"outcome\":\"pending\",\"pendingReason\":\"Which site?\"}");
    assertThat(clock(sla(key), "RESOLUTION").path("state").asString()).isEqualTo("PAUSED");
    assertThat(clock(sla(key), "RESOLUTION").path("dueAt").isNull()).isFalse();

    customer.post("/api/v1/tickets/" + key + "/comments", "{\"body\":\"Berlin\"}");

    JsonNode resolution = clock(sla(key), "RESOLUTION");
    assertThat(resolution.path("state").asString()).isEqualTo("RUNNING");
    assertThat(resolution.path("pauses").size()).isEqualTo(1);
    assertThat(timeline(key)).contains("SLA resolution paused", "SLA resolution resumed");
  }

  @Test
  void warnsBreachesAndEscalatesOnceWhenTimeMovesOn() {
    String key = customer.post("/api/v1/tickets", P1_NETWORK).field("key");
    agent.post("/api/v1/tasks/" + agent.openTask(key).path("id").asString() + "/claim", null);
    Instant started = instant(clock(sla(key), "RESOLUTION"), "startedAt");

    // Three hours later: 75 % of the 4 h resolution target, 12 times the 15 min first response.
    int fired = checkpoints.fireDue(started.plus(Duration.ofHours(3)).plusSeconds(1));

    assertThat(fired).isGreaterThanOrEqualTo(5);
    JsonNode sla = sla(key);
    assertThat(clock(sla, "RESOLUTION").path("warnedAt").isNull()).isFalse();
    assertThat(clock(sla, "RESOLUTION").path("breachedAt").isNull()).isTrue();
    assertThat(clock(sla, "FIRST_RESPONSE").path("breachedAt").isNull()).isFalse();
    List<String> timeline = timeline(key);
    assertThat(timeline)
        .contains(
            "SLA warning: first response at 75 %",
            "SLA breached: first response at 100 %",
            "SLA warning: resolution at 75 %",
            "Notified on call network-ops")
        .anyMatch(
            b ->
                b.startsWith(
                    "Escalation of first response at 100 %: notify-assignee, notify-group-lead, page-on-call"))
        .anyMatch(
            b -> b.startsWith("Escalation of first response at 150 %:") && b.contains("reassign"));
    assertThat(agent.get("/api/v1/tickets/" + key).field("assignee")).isNull();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification n JOIN ticket t ON t.id = n.ticket_id WHERE t.ticket_key = ? AND n.recipient_kind = 'ON_CALL'",
                Long.class,
                key))
        .isGreaterThanOrEqualTo(1);

    int again = checkpoints.fireDue(started.plus(Duration.ofHours(3)).plusSeconds(1));
    assertThat(timeline(key)).containsOnlyOnce("SLA breached: first response at 100 %");
    assertThat(again).isZero();
  }

  @Test
  void longOverdueTicketsRiseInPriorityOnTheBusinessCalendar() {
    String key =
        customer
            .post(
                "/api/v1/tickets",
                "{\"type\":\"INCIDENT\",\"subject\":\"Slow laptop\",\"impact\":\"HIGH\",\"urgency\":\"LOW\",\"category\":\"hardware\"}")
            .field("key");
    JsonNode response = clock(sla(key), "FIRST_RESPONSE");
    assertThat(response.path("calendar").asString()).isEqualTo("business-hours");
    Instant started = instant(response, "startedAt");

    // Two weeks on: far past 200 % of the P3 first response target counted in working hours.
    checkpoints.fireDue(started.plus(Duration.ofDays(14)));

    assertThat(agent.get("/api/v1/tickets/" + key).field("priority")).isEqualTo("P2");
    assertThat(timeline(key))
        .anyMatch(
            b ->
                b.startsWith("Escalation of first response at 200 %:")
                    && b.contains("raise-priority"));
  }

  @Test
  void aProcessStepWithAnOlaGetsItsOwnClock() {
    String key =
        customer
            .post(
                "/api/v1/tickets",
                "{\"type\":\"SERVICE_REQUEST\",\"subject\":\"New headset\",\"category\":\"hardware\"}")
            .field("key");
    JsonNode ola = clock(sla(key), "OLA");
    assertThat(ola.path("step").asString()).isEqualTo("fulfilRequest");
    assertThat(ola.path("target").asString()).isEqualTo("PT4H");
    assertThat(ola.path("calendar").asString()).isEqualTo("business-hours");
    assertThat(clock(sla(key), "RESOLUTION").path("state").asString()).isEqualTo("RUNNING");

    agent.post("/api/v1/tasks/" + agent.openTask(key).path("id").asString() + "/complete", null);

    assertThat(clock(sla(key), "OLA").path("state").asString()).isEqualTo("STOPPED");
  }

  @Test
  void aDeadlineSurvivesARestartAndFiresOnceAcrossNodes() throws Exception {
    String key = customer.post("/api/v1/tickets", P1_NETWORK).field("key");
    Long ticketId =
        jdbc.queryForObject(
            "SELECT id FROM ticket WHERE ticket_key = ? AND tenant_id = 'acme'", Long.class, key);
    // A target already past: the deadline is in the database before any scheduler looks.
    jdbc.update(
        "UPDATE sla_clock SET started_at = started_at - INTERVAL '1' HOUR, next_checkpoint_at = next_checkpoint_at - INTERVAL '1' HOUR WHERE ticket_id = ?",
        ticketId);

    scheduler.standby();
    SchedulerFactoryBean restarted = secondNode();
    try {
      restarted.getScheduler().triggerJob(JobKey.jobKey(SlaConfiguration.JOB));
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> timeline(key).contains("SLA breached: first response at 100 %"));
    } finally {
      restarted.destroy();
      scheduler.start();
    }
    checkpoints.fireDue();
    assertThat(timeline(key)).containsOnlyOnce("SLA breached: first response at 100 %");
  }

  /** Another node: a scheduler built from nothing but the shared database and the app's beans. */
  private SchedulerFactoryBean secondNode() throws Exception {
    SchedulerFactoryBean node = new SchedulerFactoryBean();
    node.setDataSource(dataSource);
    node.setJobFactory(autowiring());
    Properties properties = new Properties();
    properties.setProperty("org.quartz.scheduler.instanceName", "atum-desk");
    properties.setProperty("org.quartz.scheduler.instanceId", "second-node");
    properties.setProperty("org.quartz.jobStore.isClustered", "true");
    properties.setProperty(
        "org.quartz.jobStore.driverDelegateClass",
        "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
    properties.setProperty("org.quartz.threadPool.threadCount", "1");
    node.setQuartzProperties(properties);
    node.afterPropertiesSet();
    node.start();
    return node;
  }

  /** Jobs get their collaborators from the application, as the app's own scheduler does. */
  private org.quartz.spi.JobFactory autowiring() {
    return (bundle, quartz) ->
        context.getAutowireCapableBeanFactory().createBean(bundle.getJobDetail().getJobClass());
  }

  private JsonNode sla(String key) {
    return agent.get("/api/v1/tickets/" + key + "/sla").json();
  }

  private static JsonNode clock(JsonNode clocks, String kind) {
    for (JsonNode clock : clocks) {
      if (kind.equals(clock.path("kind").asString())) {
        return clock;
      }
    }
    throw new AssertionError("no " + kind + " clock in " + clocks);
  }

  private static Instant instant(JsonNode clock, String field) {
    return Instant.parse(clock.path(field).asString());
  }

  private List<String> timeline(String key) {
    List<String> bodies = new ArrayList<>();
    agent
        .get("/api/v1/tickets/" + key + "/timeline")
        .json()
        .forEach(e -> bodies.add(e.path("body").asString("")));
    return bodies;
  }
}
