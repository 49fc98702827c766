package io.atumdesk.outbox;

import io.atumdesk.core.TenantContext;
import io.atumdesk.outbox.Composer.Notice;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketMerged;
import io.atumdesk.ticket.TicketRaised;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.ticket.TicketStatusChanged;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells requesters that their ticket was raised (with its key) and that it was resolved. Queued
 * just before the change commits, in its transaction, so a ticket raised by mail already has its
 * conversation and the confirmation answers that mail. The requester of a duplicate merged into
 * another ticket is told where the work goes on. Marked {@code Auto-Submitted: auto-replied}.
 * Requesters without an address (the system, for alerts) get none.
 */
@Component
class TicketConfirmations {

  private final TicketRecords tickets;
  private final Recipients recipients;
  private final Composer composer;
  private final Outbox outbox;

  TicketConfirmations(
      TicketRecords tickets, Recipients recipients, Composer composer, Outbox outbox) {
    this.tickets = tickets;
    this.recipients = recipients;
    this.composer = composer;
    this.outbox = outbox;
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(TicketRaised raised) {
    confirm(raised.tenantId(), raised.ticketId(), "ticket-raised");
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(TicketStatusChanged changed) {
    if (changed.to() == TicketStatus.RESOLVED) {
      confirm(changed.tenantId(), changed.ticketId(), "ticket-resolved");
    }
  }

  /** The requester of a merged duplicate learns which ticket the work goes on in. */
  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void on(TicketMerged merged) {
    confirm(merged.tenantId(), merged.ticketId(), "ticket-merged", merged.survivor().value());
  }

  private void confirm(String tenantId, Long ticketId, String template) {
    confirm(tenantId, ticketId, template, "");
  }

  private void confirm(String tenantId, Long ticketId, String template, String into) {
    TenantContext.runAs(
        tenantId,
        () -> {
          Ticket ticket = tickets.byId(ticketId);
          String resolution = ticket.resolution() == null ? "" : ticket.resolution();
          recipients
              .requesterOf(ticket)
              .ifPresent(
                  to ->
                      outbox.queue(
                          tenantId,
                          composer.compose(
                              tenantId,
                              to,
                              new Notice(
                                  template,
                                  Map.of(
                                      "subject",
                                      ticket.subject(),
                                      "resolution",
                                      resolution,
                                      "into",
                                      into),
                                  ticket.key(),
                                  "auto-replied",
                                  null,
                                  null))));
        });
  }
}
