package io.atumdesk.assist.triage;

import io.atumdesk.assist.TicketVectors;
import io.atumdesk.core.Actor;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketFilter;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.ticket.TicketType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open tickets raised while their tenant had no model yet (the first minute after a start, a new
 * tenant's first tickets, the demo's seeded ones) get their suggestions once a model is there. They
 * are only shown on the ticket's card, never applied: the decision tables have decided by then.
 */
@Component
class LateSuggestions {

  /** The newest open tickets looked at after each training. */
  static final int AT_MOST = 200;

  private final TicketManagement tickets;
  private final TicketVectors vectors;
  private final TriageSuggestions suggestions;
  private final Clock clock;

  LateSuggestions(
      TicketManagement tickets, TicketVectors vectors, TriageSuggestions suggestions, Clock clock) {
    this.tickets = tickets;
    this.vectors = vectors;
    this.suggestions = suggestions;
    this.clock = clock;
  }

  /** Runs in the tenant's context, which the caller sets before the transaction begins. */
  @Transactional
  int suggest(String tenantId, TriageModel model) {
    var filter =
        new TicketFilter(
            Set.of(TicketStatus.NEW, TicketStatus.IN_PROGRESS, TicketStatus.PENDING),
            Set.of(TicketType.INCIDENT, TicketType.SERVICE_REQUEST),
            null,
            null,
            null,
            null,
            null);
    List<Ticket> open =
        tickets
            .search(
                Actor.system(tenantId),
                filter,
                PageRequest.of(0, AT_MOST, Sort.by(Sort.Direction.DESC, "id")))
            .getContent();
    List<Long> ids = open.stream().map(Ticket::id).toList();
    Set<Long> suggested =
        suggestions.findByTicketIdIn(ids).stream()
            .map(TriageSuggestion::ticketId)
            .collect(Collectors.toSet());
    Map<Long, float[]> known =
        vectors.vectorsOf(ids.stream().filter(id -> !suggested.contains(id)).toList());
    int count = 0;
    for (Ticket ticket : open) {
      float[] vector = known.get(ticket.id());
      if (vector == null) {
        continue;
      }
      String text = TriageText.of(ticket.subject(), ticket.description());
      for (var entry : model.suggest(vector, text).entrySet()) {
        var row =
            new TriageSuggestion(ticket.id(), entry.getKey(), entry.getValue(), clock.instant());
        row.raisedWith(TrainingExamples.valueOf(ticket, entry.getKey()));
        suggestions.save(row);
      }
      count++;
    }
    return count;
  }
}
