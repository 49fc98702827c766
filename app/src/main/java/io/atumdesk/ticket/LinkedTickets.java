package io.atumdesk.ticket;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links between tickets of one tenant (related, duplicate, cause, parent and child), for staff
 * only: customers see nothing of them. Adding and removing a link is an internal event on both
 * timelines.
 */
@Service
public class LinkedTickets {

  private final TicketLinks links;
  private final Tickets tickets;
  private final TicketRecords records;
  private final Clock clock;

  LinkedTickets(TicketLinks links, Tickets tickets, TicketRecords records, Clock clock) {
    this.links = links;
    this.tickets = tickets;
    this.records = records;
    this.clock = clock;
  }

  /** The ticket's links, each labelled as read from this ticket, oldest first. */
  @Transactional(readOnly = true)
  public List<LinkView> links(Actor actor, TicketKey key) {
    Ticket ticket = staffTicket(actor, key);
    List<TicketLink> found = links.touching(ticket.id());
    Map<Long, Ticket> others =
        tickets.findAllById(found.stream().map(l -> l.otherThan(ticket.id())).toList()).stream()
            .collect(Collectors.toMap(Ticket::id, Function.identity()));
    return found.stream()
        .map(l -> LinkView.of(l.kindFrom(ticket.id()), others.get(l.otherThan(ticket.id()))))
        .toList();
  }

  /**
   * Links {@code key} to {@code otherKey}, read as "key kind otherKey".
   *
   * @throws ConflictException if the two tickets are linked already, in any kind
   */
  @Transactional
  public LinkView link(Actor actor, TicketKey key, LinkKind kind, TicketKey otherKey) {
    if (kind == null) {
      throw new InvalidInputException("kind", "must be one of " + List.of(LinkKind.values()));
    }
    Ticket ticket = staffTicket(actor, key);
    Ticket other = otherTicket(key, otherKey);
    links
        .between(ticket.id(), other.id())
        .ifPresent(
            existing -> {
              throw new ConflictException(
                  "%s is already linked to %s as '%s'; remove that link to link them otherwise."
                      .formatted(key, otherKey, existing.kindFrom(ticket.id()).label()));
            });
    links.saveAndFlush(TicketLink.between(ticket, kind, other, actor.username(), clock.instant()));
    recordOnBoth(actor, "Linked", ticket, kind, other);
    return LinkView.of(kind, other);
  }

  /** Removes the link between two tickets, whatever its kind. */
  @Transactional
  public void unlink(Actor actor, TicketKey key, TicketKey otherKey) {
    Ticket ticket = staffTicket(actor, key);
    Ticket other = otherTicket(key, otherKey);
    TicketLink link =
        links
            .between(ticket.id(), other.id())
            .orElseThrow(() -> new NotFoundException("Link between " + key + " and", otherKey));
    links.delete(link);
    recordOnBoth(actor, "Unlinked", ticket, link.kindFrom(ticket.id()), other);
  }

  private void recordOnBoth(Actor actor, String what, Ticket ticket, LinkKind kind, Ticket other) {
    record(actor, what, ticket, kind, other);
    record(actor, what, other, kind.inverse(), ticket);
  }

  private void record(Actor actor, String what, Ticket on, LinkKind kind, Ticket other) {
    records.recordForStaff(
        on,
        actor.username(),
        "%s: %s %s".formatted(what, kind.label(), other.key()),
        Map.of("link", kind.name(), "ticket", other.key().value()));
  }

  private Ticket staffTicket(Actor actor, TicketKey key) {
    if (!actor.isStaff()) {
      throw new ForbiddenException("Only agents see and change links between tickets.");
    }
    return tickets.findByKey(key.value()).orElseThrow(() -> new NotFoundException("Ticket", key));
  }

  private Ticket otherTicket(TicketKey key, TicketKey otherKey) {
    if (otherKey == null) {
      throw new InvalidInputException("key", "must name the ticket to link to");
    }
    if (otherKey.equals(key)) {
      throw new InvalidInputException(
          "key", "must name another ticket: a ticket cannot link to itself");
    }
    return tickets
        .findByKey(otherKey.value())
        .orElseThrow(() -> new NotFoundException("Ticket", otherKey));
  }
}
