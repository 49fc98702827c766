package io.atumdesk.sla;

import io.atumdesk.ticket.CommentAdded;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.ticket.TicketStatusChanged;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves a ticket's clocks with what happens to the ticket, in the same transaction: waiting on the
 * requester (PENDING) or on their confirmation (RESOLVED) pauses them, work resumes them, the first
 * public answer of the service desk stops the first response clock, closing stops all.
 */
@Component
class SlaTicketEvents {

  private static final Set<TicketStatus> WAITING_ON_REQUESTER =
      Set.of(TicketStatus.PENDING, TicketStatus.RESOLVED);

  private final SlaClocks clocks;

  SlaTicketEvents(SlaClocks clocks) {
    this.clocks = clocks;
  }

  @EventListener
  void on(TicketStatusChanged changed) {
    if (changed.to() == TicketStatus.CLOSED) {
      clocks.stopTicketClocks(changed.ticketId(), null);
      return;
    }
    if (changed.to() == TicketStatus.RESOLVED) {
      clocks.stopTicketClocks(changed.ticketId(), SlaKind.FIRST_RESPONSE);
    }
    if (WAITING_ON_REQUESTER.contains(changed.to())) {
      clocks.pauseTicketClocks(changed.ticketId());
    } else if (WAITING_ON_REQUESTER.contains(changed.from())) {
      clocks.resumeTicketClocks(changed.ticketId());
    }
  }

  @EventListener
  void on(CommentAdded comment) {
    if (!comment.internal() && !comment.byRequester()) {
      clocks.stopTicketClocks(comment.ticketId(), SlaKind.FIRST_RESPONSE);
    }
  }
}
