package io.atumdesk.outbox;

import io.atumdesk.core.TenantContext;
import io.atumdesk.outbox.Composer.Notice;
import io.atumdesk.ticket.ReplyPosted;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketRecords;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends a public reply back to the requester, in the reply's transaction: on the channel their
 * conversation came from, or by mail when the ticket was raised on the web. Internal notes publish
 * no reply at all, and what the requester wrote themself never echoes back to them.
 */
@Component
class ReplyDelivery {

  private final TicketRecords tickets;
  private final Recipients recipients;
  private final Composer composer;
  private final Outbox outbox;

  ReplyDelivery(TicketRecords tickets, Recipients recipients, Composer composer, Outbox outbox) {
    this.tickets = tickets;
    this.recipients = recipients;
    this.composer = composer;
    this.outbox = outbox;
  }

  @EventListener
  void on(ReplyPosted reply) {
    if (reply.byRequester()) {
      return;
    }
    TenantContext.runAs(
        reply.tenantId(),
        () -> {
          Ticket ticket = tickets.byId(reply.ticketId());
          recipients
              .requesterOf(ticket)
              .ifPresent(
                  to ->
                      outbox.queue(
                          reply.tenantId(),
                          composer.compose(
                              reply.tenantId(),
                              to,
                              new Notice(
                                  "reply",
                                  Map.of(
                                      "subject", ticket.subject(),
                                      "body", reply.body(),
                                      "author", reply.author()),
                                  ticket.key(),
                                  null,
                                  reply.entryId(),
                                  null))));
        });
  }
}
