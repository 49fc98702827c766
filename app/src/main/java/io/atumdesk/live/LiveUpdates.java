package io.atumdesk.live;

import io.atumdesk.core.Actor;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Opens a page's event stream for the signed-in user: its inbox signals, and with a ticket the
 * changes and presence on that ticket's page.
 */
@Service
public class LiveUpdates {

  private final TicketManagement tickets;
  private final LiveStreams streams;
  private final Presence presence;

  LiveUpdates(TicketManagement tickets, LiveStreams streams, Presence presence) {
    this.tickets = tickets;
    this.streams = streams;
    this.presence = presence;
  }

  /** {@code ticket} may be null; a ticket the caller may not see does not exist (404). */
  public SseEmitter open(Actor actor, TicketKey ticket) {
    if (ticket == null) {
      return streams.open(actor, null).emitter();
    }
    tickets.get(actor, ticket);
    var stream = streams.open(actor, ticket.value());
    presence.join(actor, ticket);
    return stream.emitter();
  }
}
