package io.atumdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.atumdesk.IntegrationTest;
import io.atumdesk.core.Actor;
import io.atumdesk.core.Role;
import io.atumdesk.core.TenantContext;
import io.atumdesk.ticket.Level;
import io.atumdesk.ticket.Priority;
import io.atumdesk.ticket.RaiseTicket;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.ticket.TicketType;
import io.atumdesk.ticket.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code incident.bpmn20.xml}, driven through the module APIs the REST API and pages
 * use, with the real decision tables: read as scenarios (raised, waits at a step, completes, ends).
 */
@IntegrationTest
class IncidentProcessIntegrationTests {

  static final Actor CUSTOMER = new Actor("customer", "acme", Set.of(Role.CUSTOMER), Set.of());
  static final Actor AGENT =
      new Actor("agent", "acme", Set.of(Role.AGENT), Set.of("service-desk", "network-ops"));

  @Autowired TicketManagement tickets;
  @Autowired TaskInbox inbox;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired ManagementService management;

  @Test
  void resolvesAndClosesWhenTheRequesterAccepts() {
    Ticket ticket = raise(Level.HIGH, Level.HIGH, "network");
    assertThat(ticket.priority()).isEqualTo(Priority.P1);
    assertThat(ticket.assignmentGroup()).isEqualTo("network-ops");
    assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
    assertThat(waitingAt(ticket)).containsExactly("resolveIncident");

    claimAndResolve(ticket);
    assertThat(reload(ticket).status()).isEqualTo(TicketStatus.RESOLVED);
    assertThat(reload(ticket).resolution()).isEqualTo("Replaced the switch port");
    assertThat(waitingAt(ticket)).containsExactlyInAnyOrder("confirmResolution", "autoCloseTimer");

    complete(CUSTOMER, ticket, "confirmResolution", Map.of("confirmation", "accepted"));
    Ticket closed = reload(ticket);
    assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(closed.closedAt()).isNotNull();
    assertThat(passed(ticket))
        .contains(
            "incidentRaised",
            "decidePriority",
            "routeIncident",
            "resolveIncident",
            "confirmResolution",
            "incidentClosed");
    assertThat(bodies(ticket))
        .anyMatch(
            b -> b.equals("Decision incident-priority: priority = P1 (rule priority-high-high)"))
        .anyMatch(
            b ->
                b.equals(
                    "Decision incident-routing: assignmentGroup = network-ops (rule route-network)"));
  }

  @Test
  void waitsWhilePendingOnTheRequesterAndResumesOnTheirReply() {
    Ticket ticket = raise(Level.MEDIUM, Level.MEDIUM, "software");
    assertThat(ticket.assignmentGroup()).isEqualTo("service-desk");
    claim(AGENT, ticket, "resolveIncident");
    complete(
        AGENT,
        ticket,
        "resolveIncident",
        Map.of("outcome", "pending", "pendingReason", "Which version do you run?"));
    assertThat(reload(ticket).status()).isEqualTo(TicketStatus.PENDING);
    assertThat(waitingAt(ticket)).containsExactly("awaitRequester");

    as(CUSTOMER, () -> tickets.comment(CUSTOMER, ticket.key(), "Version 4.2", false));

    assertThat(waitingAt(ticket)).containsExactly("resolveIncident");
    Ticket resumed = reload(ticket);
    assertThat(resumed.status()).isEqualTo(TicketStatus.IN_PROGRESS);
    assertThat(resumed.assignee()).isEqualTo("agent");
    assertThat(openTask(AGENT, ticket).assignee()).isEqualTo("agent");
  }

  @Test
  void anAgentMayResumeAPendingTicketWithoutAReply() {
    Ticket ticket = raise(Level.LOW, Level.LOW, "hardware");
    assertThat(ticket.priority()).isEqualTo(Priority.P5);
    claim(AGENT, ticket, "resolveIncident");
    complete(
        AGENT, ticket, "resolveIncident", Map.of("outcome", "pending", "pendingReason", "Serial?"));

    complete(AGENT, ticket, "awaitRequester", Map.of("comment", "Found it in the asset list"));

    assertThat(waitingAt(ticket)).containsExactly("resolveIncident");
    assertThat(reload(ticket).status()).isEqualTo(TicketStatus.IN_PROGRESS);
  }

  @Test
  void aRejectedResolutionReopensTheTicketForTheSameAgent() {
    Ticket ticket = raise(Level.HIGH, Level.MEDIUM, "access");
    assertThat(ticket.priority()).isEqualTo(Priority.P2);
    claimAndResolve(ticket);

    complete(
        CUSTOMER,
        ticket,
        "confirmResolution",
        Map.of("confirmation", "rejected", "comment", "Still broken"));

    Ticket reopened = reload(ticket);
    assertThat(reopened.reopenCount()).isEqualTo(1);
    assertThat(reopened.resolution()).isNull();
    assertThat(bodies(ticket)).contains("Still broken");
    assertThat(reopened.status()).isEqualTo(TicketStatus.IN_PROGRESS);
    assertThat(reopened.resolvedAt()).isNull();
    assertThat(waitingAt(ticket)).containsExactly("resolveIncident");
    assertThat(passed(ticket)).contains("reopenIncident");
    assertThat(openTask(AGENT, ticket).assignee()).isEqualTo("agent");
  }

  @Test
  void closesByItselfWhenTheConfirmationIsNotAnsweredInThreeDays() {
    Ticket ticket = raise(Level.MEDIUM, Level.LOW, "other");
    claimAndResolve(ticket);
    var timer =
        management
            .createTimerJobQuery()
            .processInstanceId(ticket.processInstanceId())
            .singleResult();
    assertThat(timer.getElementId()).isEqualTo("autoCloseTimer");
    assertThat(timer.getDuedate().toInstant())
        .isCloseTo(Instant.now().plus(Duration.ofDays(3)), within(1, ChronoUnit.MINUTES));

    // The clock is not waited for: the due timer is made executable and run now.
    var job = management.moveTimerToExecutableJob(timer.getId());
    management.executeJob(job.getId());

    assertThat(reload(ticket).status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(passed(ticket)).contains("autoCloseTimer", "incidentAutoClosed");
    assertThat(bodies(ticket)).contains("Timer 'No answer' fired");
  }

  @Test
  void fallsBackAndSaysSoWhenNoRuleMatches() {
    Ticket ticket = raise(null, null, "facilities");
    assertThat(ticket.priority()).isEqualTo(Priority.P3);
    assertThat(ticket.assignmentGroup()).isEqualTo("service-desk");
    assertThat(bodies(ticket))
        .contains("Decision incident-priority: no rule matched; fallback priority = P3")
        .contains("Decision incident-routing: assignmentGroup = service-desk (rule route-default)");
  }

  private Ticket raise(Level impact, Level urgency, String category) {
    return as(
        CUSTOMER,
        () ->
            tickets.raise(
                CUSTOMER,
                new RaiseTicket(
                    TicketType.INCIDENT,
                    "Something broke",
                    "Details",
                    impact,
                    urgency,
                    category,
                    null)));
  }

  private void claimAndResolve(Ticket ticket) {
    claim(AGENT, ticket, "resolveIncident");
    complete(
        AGENT,
        ticket,
        "resolveIncident",
        Map.of("outcome", "resolved", "resolution", "Replaced the switch port"));
  }

  private void claim(Actor actor, Ticket ticket, String taskKey) {
    as(actor, () -> inbox.claim(actor, openTaskId(ticket, taskKey)));
  }

  private void complete(Actor actor, Ticket ticket, String taskKey, Map<String, Object> data) {
    as(
        actor,
        () -> {
          inbox.complete(actor, openTaskId(ticket, taskKey), data);
          return null;
        });
  }

  private TaskView openTask(Actor actor, Ticket ticket) {
    return as(actor, () -> inbox.open(actor)).stream()
        .filter(t -> ticket.key().value().equals(t.ticketKey()))
        .findFirst()
        .orElseThrow();
  }

  private String openTaskId(Ticket ticket, String taskKey) {
    return history
        .createHistoricTaskInstanceQuery()
        .processInstanceId(ticket.processInstanceId())
        .taskDefinitionKey(taskKey)
        .unfinished()
        .singleResult()
        .getId();
  }

  private List<String> waitingAt(Ticket ticket) {
    return runtime.getActiveActivityIds(ticket.processInstanceId());
  }

  private List<String> passed(Ticket ticket) {
    return ProcessTrail.passed(history, ticket.processInstanceId());
  }

  private Ticket reload(Ticket ticket) {
    return as(AGENT, () -> tickets.get(AGENT, ticket.key()));
  }

  private List<String> bodies(Ticket ticket) {
    return as(AGENT, () -> tickets.timeline(AGENT, ticket.key())).stream()
        .map(TimelineEntry::body)
        .filter(b -> b != null)
        .toList();
  }

  private static <T> T as(Actor actor, Supplier<T> work) {
    return TenantContext.callAs(actor.tenantId(), work);
  }
}
