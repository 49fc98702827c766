package io.atumdesk.change;

import io.atumdesk.core.Actor;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.ticket.TicketType;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Finds a change with its ticket as the caller may see it, and turns it into a view. */
@Component
class ChangeRows {

  private final Changes changes;
  private final ChangeVotes votes;
  private final TicketManagement tickets;
  private final TicketRecords records;
  private final Clock clock;

  ChangeRows(
      Changes changes,
      ChangeVotes votes,
      TicketManagement tickets,
      TicketRecords records,
      Clock clock) {
    this.changes = changes;
    this.votes = votes;
    this.tickets = tickets;
    this.records = records;
    this.clock = clock;
  }

  /** The change and its ticket; another tenant's, a hidden one or no change at all is 404. */
  Found find(Actor actor, TicketKey key) {
    Ticket ticket = tickets.get(actor, key);
    Change change =
        changes
            .findByTicketKey(key.value())
            .filter(c -> ticket.type() == TicketType.CHANGE)
            .orElseThrow(() -> new NotFoundException("Change", key));
    return new Found(change, ticket);
  }

  /**
   * The change of a ticket the process runs for. A change ticket raised without its row (through
   * the plain ticket API) gets a normal change's row, so that its process can go on.
   */
  Change forProcess(Long ticketId) {
    return changes
        .findById(ticketId)
        .orElseGet(
            () -> {
              Ticket ticket = records.byId(ticketId);
              return changes.save(
                  new Change(
                      ticketId,
                      ticket.key().value(),
                      ChangeType.NORMAL,
                      ticket.category(),
                      clock.instant()));
            });
  }

  ChangeView view(Found found) {
    return ChangeView.of(
        found.change(),
        found.ticket(),
        votes.findByTicketIdOrderByCastAt(found.change().ticketId()).stream()
            .map(ChangeVote::view)
            .toList());
  }

  ChangeView view(Actor actor, TicketKey key) {
    return view(find(actor, key));
  }

  /** A change and its ticket. */
  record Found(Change change, Ticket ticket) {}
}
