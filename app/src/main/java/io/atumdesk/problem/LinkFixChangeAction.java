package io.atumdesk.problem;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.ticket.LinkKind;
import io.atumdesk.ticket.LinkedTickets;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.ticket.TicketType;
import io.atumdesk.workflow.ProcessAction;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code linkFixChange}: links the change named in {@code changeKey} to the problem as its fix and
 * answers {@code changeDone}: whether that change is resolved or closed already. A key naming no
 * change of the tenant is refused, which keeps the fix step open.
 */
@Component
class LinkFixChangeAction implements ProcessAction {

  private final TicketRecords records;
  private final TicketManagement tickets;
  private final LinkedTickets links;
  private final ProblemReader reader;
  private final Clock clock;

  LinkFixChangeAction(
      TicketRecords records,
      TicketManagement tickets,
      LinkedTickets links,
      ProblemReader reader,
      Clock clock) {
    this.records = records;
    this.tickets = tickets;
    this.links = links;
    this.reader = reader;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "linkFixChange";
  }

  @Override
  public Set<String> requiredParameters() {
    return Set.of();
  }

  @Override
  public Map<String, Object> execute(ActionCall call) {
    Ticket problem = records.byId(call.ticketId());
    Actor system = Actor.system(call.tenantId());
    Ticket change = change(system, call.variables().get(ProblemFlow.CHANGE_KEY));
    boolean linked =
        links.links(system, problem.key()).stream().anyMatch(l -> l.key().equals(change.key()));
    if (!linked) {
      links.link(system, problem.key(), LinkKind.RELATES_TO, change.key());
    }
    reader.row(problem).fixBy(change.id(), change.key().value(), clock.instant());
    records.recordEvent(
        problem.id(),
        "system",
        "Waiting for change %s to fix it".formatted(change.key()),
        Map.of("change", change.key().value()));
    return Map.of(ProblemFlow.CHANGE_DONE, done(change.status()));
  }

  static boolean done(TicketStatus status) {
    return status == TicketStatus.RESOLVED || status == TicketStatus.CLOSED;
  }

  private Ticket change(Actor system, Object key) {
    String typed = key == null ? "" : key.toString().strip().toUpperCase();
    List<Ticket> found;
    try {
      found = tickets.find(system, List.of(new TicketKey(typed)));
    } catch (NotFoundException malformed) {
      found = List.of();
    }
    return found.stream()
        .filter(t -> t.type() == TicketType.CHANGE)
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidInputException(
                    ProblemFlow.CHANGE_KEY, "'" + typed + "' names no change (CHG-…) here"));
  }
}
