package io.atumdesk.problem;

import io.atumdesk.core.Actor;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.ticket.LinkView;
import io.atumdesk.ticket.LinkedTickets;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketType;
import io.atumdesk.workflow.TaskInbox;
import io.atumdesk.workflow.TaskView;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Finds problems and their parts for the module's facades; callers checked the actor's role. */
@Component
class ProblemReader {

  private final TicketManagement tickets;
  private final LinkedTickets links;
  private final TaskInbox inbox;
  private final ProblemRows rows;
  private final Clock clock;

  ProblemReader(
      TicketManagement tickets,
      LinkedTickets links,
      @Lazy TaskInbox inbox,
      ProblemRows rows,
      Clock clock) {
    this.tickets = tickets;
    this.links = links;
    // Lazy: process actions reach this before the engine, and its task service, exist.
    this.inbox = inbox;
    this.rows = rows;
    this.clock = clock;
  }

  /** The problem ticket with this key; any other ticket, or none, is a 404. */
  Ticket problemTicket(Actor actor, TicketKey key) {
    Ticket ticket = tickets.get(actor, key);
    if (ticket.type() != TicketType.PROBLEM) {
      throw new NotFoundException("Problem", key);
    }
    return ticket;
  }

  /** The ticket named by a key as typed, if the caller may see it; a malformed key names none. */
  Optional<Ticket> anyTicket(Actor actor, String key) {
    try {
      return tickets.find(actor, List.of(new TicketKey(key))).stream().findFirst();
    } catch (NotFoundException malformed) {
      return Optional.empty();
    }
  }

  /** The problem's row; a problem raised as a plain ticket gets its row on first write. */
  Problem row(Ticket problem) {
    return rows.findById(problem.id()).orElseGet(() -> rows.save(blank(problem)));
  }

  ProblemView view(Actor actor, TicketKey key) {
    Ticket ticket = problemTicket(actor, key);
    Problem problem = rows.findById(ticket.id()).orElseGet(() -> blank(ticket));
    return ProblemView.of(ticket, problem, incidents(actor, key), waitingAt(actor, ticket));
  }

  /** The incidents linked to the problem, in any kind of link. */
  List<LinkView> incidents(Actor actor, TicketKey problem) {
    return links.links(actor, problem).stream()
        .filter(link -> link.key().value().startsWith(TicketType.INCIDENT.prefix() + "-"))
        .toList();
  }

  List<String> waitingAt(Actor actor, Ticket ticket) {
    return inbox.ofProcess(actor, ticket.processInstanceId()).stream()
        .map(TaskView::taskKey)
        .toList();
  }

  private Problem blank(Ticket ticket) {
    return new Problem(ticket.tenantId(), ticket.id(), ticket.key().value(), clock.instant());
  }
}
