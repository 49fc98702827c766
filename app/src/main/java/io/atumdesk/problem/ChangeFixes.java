package io.atumdesk.problem;

import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.ticket.TicketStatusChanged;
import io.atumdesk.workflow.TaskInbox;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Completes the fix step of every problem waiting for a change once that change is resolved or
 * closed, in the change's own transaction: the problem never misses its change, and the change
 * module needs to know nothing of problems.
 */
@Component
class ChangeFixes {

  private final ProblemRows rows;
  private final TicketRecords records;
  private final TaskInbox inbox;

  ChangeFixes(ProblemRows rows, TicketRecords records, TaskInbox inbox) {
    this.rows = rows;
    this.records = records;
    this.inbox = inbox;
  }

  @EventListener
  void on(TicketStatusChanged changed) {
    if (!LinkFixChangeAction.done(changed.to()) || LinkFixChangeAction.done(changed.from())) {
      return;
    }
    for (Problem problem :
        rows.findByFixChangeIdAndFixState(changed.ticketId(), FixState.AWAITING_CHANGE)) {
      var ticket = records.byId(problem.ticketId());
      inbox.completeWaiting(
          ticket.tenantId(),
          ticket.processInstanceId(),
          ProblemFlow.AWAIT_CHANGE,
          "system",
          java.util.Map.of());
    }
  }
}
