package io.atumdesk.assist.triage;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The suggestions of one ticket for its agent: those not applied and not what the ticket already
 * says, and applying one by hand (as the agent, so it reads on the timeline as theirs).
 */
@Service
public class TicketTriage {

  private final TicketManagement tickets;
  private final TriageSuggestions suggestions;

  TicketTriage(TicketManagement tickets, TriageSuggestions suggestions) {
    this.tickets = tickets;
    this.suggestions = suggestions;
  }

  /** A suggestion still open on a ticket, next to the ticket's current value. */
  public record Pending(TriageField field, String value, double confidence, String current) {}

  @Transactional(readOnly = true)
  public List<Pending> pending(Actor actor, TicketKey key) {
    Ticket ticket = staffOnly(actor, key);
    return suggestions.findByTicketIdOrderByField(ticket.id()).stream()
        .filter(s -> !s.isApplied())
        .map(
            s ->
                new Pending(
                    s.field(),
                    s.suggestedValue(),
                    s.confidence(),
                    TrainingExamples.valueOf(ticket, s.field())))
        .filter(p -> !Objects.equals(p.value(), p.current()))
        .toList();
  }

  /** Applies the suggestion for {@code field}, refused if the ticket changed since it was shown. */
  @Transactional
  public Ticket apply(Actor actor, TicketKey key, TriageField field, long expectedVersion) {
    Ticket ticket = staffOnly(actor, key);
    TriageSuggestion suggestion =
        suggestions
            .findByTicketIdAndField(ticket.id(), field)
            .orElseThrow(() -> new NotFoundException("Triage suggestion", field.apiName()));
    Ticket updated =
        tickets.update(
            actor, key, expectedVersion, Map.of(field.ticketField(), suggestion.suggestedValue()));
    suggestion.applied();
    return updated;
  }

  private Ticket staffOnly(Actor actor, TicketKey key) {
    if (!actor.isStaff()) {
      throw new ForbiddenException("Only agents see and apply triage suggestions.");
    }
    return tickets.get(actor, key);
  }
}
