package io.atumdesk.webhook;

import io.atumdesk.sla.SlaBreached;
import io.atumdesk.ticket.CommentAdded;
import io.atumdesk.ticket.TicketRaised;
import io.atumdesk.ticket.TicketReassigned;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.ticket.TicketStatusChanged;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Listens, inside each event's own transaction, to what the modules publish and writes the
 * deliveries for it: a delivery exists exactly when its event committed (see ADR 0014).
 */
@Component
class WebhookEvents {

  private final DeliveryLog log;

  WebhookEvents(DeliveryLog log) {
    this.log = log;
  }

  @EventListener
  void on(TicketRaised raised) {
    log.announce(WebhookEvent.TICKET_RAISED, raised.ticketId(), Map.of());
  }

  @EventListener
  void on(TicketStatusChanged changed) {
    Map<String, Object> data = Map.of("from", changed.from().name(), "to", changed.to().name());
    log.announce(WebhookEvent.TICKET_STATUS_CHANGED, changed.ticketId(), data);
    if (changed.to() == TicketStatus.RESOLVED) {
      log.announce(WebhookEvent.TICKET_RESOLVED, changed.ticketId(), data);
    } else if (changed.to() == TicketStatus.CLOSED) {
      log.announce(WebhookEvent.TICKET_CLOSED, changed.ticketId(), data);
    }
  }

  /** Public replies only: internal notes never leave the service desk. */
  @EventListener
  void on(CommentAdded comment) {
    if (!comment.internal()) {
      log.announce(
          WebhookEvent.TICKET_COMMENTED,
          comment.ticketId(),
          Map.of("author", comment.author(), "byRequester", comment.byRequester()));
    }
  }

  @EventListener
  void on(TicketReassigned reassigned) {
    log.announce(WebhookEvent.TICKET_ASSIGNED, reassigned.ticketId(), Map.of());
  }

  @EventListener
  void on(SlaBreached breached) {
    log.announce(
        WebhookEvent.SLA_BREACHED,
        breached.ticketId(),
        Map.of(
            "clock", breached.kind().name(),
            "share", breached.share(),
            "at", breached.at().toString()));
  }
}
