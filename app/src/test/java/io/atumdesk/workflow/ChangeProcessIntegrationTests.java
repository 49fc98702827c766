package io.atumdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atumdesk.IntegrationTest;
import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.core.Role;
import io.atumdesk.core.TenantContext;
import io.atumdesk.ticket.Level;
import io.atumdesk.ticket.RaiseTicket;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.ticket.TicketType;
import io.atumdesk.ticket.TimelineEntry;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Both paths of {@code change.bpmn20.xml} through the CAB's approval step, and who may decide it:
 * read as scenarios (raised, waits for the board, decided, implemented or closed).
 */
@IntegrationTest
class ChangeProcessIntegrationTests {

  static final Actor AGENT =
      new Actor("agent", "acme", Set.of(Role.AGENT), Set.of("service-desk", "network-ops"));
  static final Actor CAB = new Actor("cab", "acme", Set.of(Role.CAB_MEMBER), Set.of("cab"));

  @Autowired TicketManagement tickets;
  @Autowired TaskInbox inbox;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;

  @Test
  void anApprovedChangeGoesToTheRoutedGroupForImplementation() {
    Ticket change = raise();
    assertThat(waitingAt(change)).containsExactly("approveChange");
    assertThat(openTask(CAB, change).candidateGroups()).containsExactly("cab");

    complete(CAB, change, Map.of("decision", "approve", "comment", "Rollback plan is sound"));

    assertThat(waitingAt(change)).containsExactly("implementChange");
    Ticket approved = reload(change);
    assertThat(approved.status()).isEqualTo(TicketStatus.NEW);
    // The board member who decided does not become the one who implements.
    assertThat(approved.assignee()).isNull();
    assertThat(openTask(AGENT, change).candidateGroups()).containsExactly("network-ops");
    assertThat(publicReplies(change)).contains("Approved\nRollback plan is sound");

    complete(AGENT, change, Map.of());
    assertThat(reload(change).status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(passed(change))
        .contains("approvalOutcome", "changeDone")
        .doesNotContain("changeRejected");
  }

  @Test
  void aRejectedChangeClosesWithTheBoardsReasonOnItsTimeline() {
    Ticket change = raise();

    complete(CAB, change, Map.of("decision", "reject", "reason", "No rollback plan"));

    assertThat(reload(change).status()).isEqualTo(TicketStatus.CLOSED);
    assertThat(passed(change)).contains("changeRejected").doesNotContain("implementChange");
    assertThat(publicReplies(change)).contains("Rejected\nNo rollback plan");
  }

  @Test
  void aRejectionWithoutAReasonIsRefusedAndTheChangeKeepsWaiting() {
    Ticket change = raise();

    assertThatThrownBy(() -> complete(CAB, change, Map.of("decision", "reject")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reason");

    assertThat(waitingAt(change)).containsExactly("approveChange");
  }

  @Test
  void onlyCandidatesOfTheApprovalStepMayDecide() {
    Ticket change = raise();
    String taskId = openTask(CAB, change).id();
    Actor boardMemberOutsideTheGroup = new Actor("cab", "acme", Set.of(Role.CAB_MEMBER), Set.of());
    Actor requester = new Actor("customer", "acme", Set.of(Role.CUSTOMER), Set.of());

    for (Actor outsider : List.of(AGENT, boardMemberOutsideTheGroup, requester)) {
      assertThatThrownBy(
              () ->
                  as(
                      outsider,
                      () -> {
                        inbox.complete(outsider, taskId, Map.of("decision", "approve"));
                        return null;
                      }))
          .as(outsider.toString())
          .isInstanceOf(NotFoundException.class);
    }
    assertThat(waitingAt(change)).containsExactly("approveChange");
  }

  private Ticket raise() {
    return as(
        AGENT,
        () ->
            tickets.raise(
                AGENT,
                new RaiseTicket(
                    TicketType.CHANGE,
                    "Upgrade the core switch",
                    "Saturday 06:00, rollback to the saved image",
                    Level.HIGH,
                    Level.MEDIUM,
                    "network",
                    null)));
  }

  private void complete(Actor actor, Ticket ticket, Map<String, Object> data) {
    as(
        actor,
        () -> {
          inbox.complete(actor, openTask(actor, ticket).id(), data);
          return null;
        });
  }

  private TaskView openTask(Actor actor, Ticket ticket) {
    return as(actor, () -> inbox.open(actor)).stream()
        .filter(t -> ticket.key().value().equals(t.ticketKey()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(actor.username() + " has no task on " + ticket));
  }

  private List<String> waitingAt(Ticket ticket) {
    return runtime
        .createExecutionQuery()
        .processInstanceId(ticket.processInstanceId())
        .list()
        .stream()
        .map(execution -> execution.getActivityId())
        .filter(Objects::nonNull)
        .toList();
  }

  private List<String> passed(Ticket ticket) {
    return ProcessTrail.passed(history, ticket.processInstanceId());
  }

  private Ticket reload(Ticket ticket) {
    return as(AGENT, () -> tickets.get(AGENT, ticket.key()));
  }

  private List<String> publicReplies(Ticket ticket) {
    return as(AGENT, () -> tickets.timeline(AGENT, ticket.key())).stream()
        .filter(entry -> entry.kind() == TimelineEntry.Kind.REPLY && !entry.internal())
        .map(TimelineEntry::body)
        .toList();
  }

  private static <T> T as(Actor actor, Supplier<T> work) {
    return TenantContext.callAs(actor.tenantId(), work);
  }
}
