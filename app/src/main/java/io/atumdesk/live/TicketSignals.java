package io.atumdesk.live;

import io.atumdesk.core.Actor;
import io.atumdesk.ticket.CommentAdded;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketRaised;
import io.atumdesk.ticket.TicketReassigned;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.ticket.TicketStatusChanged;
import io.atumdesk.workflow.HumanTaskOpened;
import java.util.HashSet;
import java.util.function.Function;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns what happens to tickets and tasks into signals for the pages that show them. Listens
 * synchronously, inside the causing transaction, and only queues: {@link CommittedSignals} sends
 * after the commit.
 */
@Component
class TicketSignals {

  static final String TICKET_RAISED = "ticket-raised";
  static final String TASK_ASSIGNED = "task-assigned";
  static final String TICKET_CHANGED = "ticket-changed";

  private final TicketRecords tickets;
  private final CommittedSignals signals;

  TicketSignals(TicketRecords tickets, CommittedSignals signals) {
    this.tickets = tickets;
    this.signals = signals;
  }

  @EventListener
  void on(TicketRaised raised) {
    // Worked out at commit, once the process has set priority and group.
    signals.add(
        () -> {
          Ticket t = tickets.byId(raised.ticketId());
          var data =
              new Raised(
                  t.key().value(),
                  t.type().name(),
                  priorityOf(t),
                  t.subject(),
                  t.assignmentGroup());
          return new Signal(t.tenantId(), TICKET_RAISED, new Audience.Staff(), data);
        });
  }

  @EventListener
  void on(HumanTaskOpened task) {
    String group = task.candidateGroups().isEmpty() ? null : task.candidateGroups().get(0);
    Audience audience =
        task.assignee() != null
            ? new Audience.Person(task.assignee())
            : new Audience.Members(new HashSet<>(task.candidateGroups()));
    var data = new TaskAssigned(task.ticketKey(), task.taskName(), task.assignee(), group);
    signals.add(() -> new Signal(task.tenantId(), TASK_ASSIGNED, audience, data));
  }

  @EventListener
  void on(CommentAdded comment) {
    String what = comment.internal() ? "note" : "reply";
    signals.add(
        () ->
            changed(
                comment.ticketId(),
                what,
                comment.author(),
                key -> new Audience.TicketPage(key, comment.internal())));
  }

  @EventListener
  void on(TicketStatusChanged changed) {
    changedForPageAndInbox(changed.ticketId(), "status");
  }

  @EventListener
  void on(TicketReassigned reassigned) {
    changedForPageAndInbox(reassigned.ticketId(), "assignment");
  }

  private void changedForPageAndInbox(Long ticketId, String what) {
    String by = signedInUser();
    signals.add(() -> changed(ticketId, what, by, key -> new Audience.TicketPage(key, false)));
    signals.add(() -> changed(ticketId, what, by, key -> new Audience.Inbox()));
  }

  private Signal changed(
      Long ticketId, String what, String by, Function<String, Audience> audience) {
    Ticket t = tickets.byId(ticketId);
    String key = t.key().value();
    return new Signal(
        t.tenantId(), TICKET_CHANGED, audience.apply(key), new Changed(key, what, by));
  }

  /** Who caused the change: the signed-in user of this request, or the system (engine jobs). */
  private static String signedInUser() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.isAuthenticated()
        ? authentication.getName()
        : Actor.SYSTEM;
  }

  private static String priorityOf(Ticket ticket) {
    return ticket.priority() == null ? null : ticket.priority().name();
  }

  record Raised(String key, String type, String priority, String subject, String group) {}

  record TaskAssigned(String key, String taskName, String assignee, String group) {}

  record Changed(String key, String what, String by) {}
}
