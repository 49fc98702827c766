package io.atumdesk.assist.triage;

import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketRaised;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.ticket.TicketType;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Triage of a new incident or request, in the transaction that raises it, in two steps around the
 * process's decision tables (ADR 0025):
 *
 * <ol>
 *   <li>before the process starts: the detected language is stored on the ticket (the routing
 *       table's {@code language} input), and a confident category fills a category the requester
 *       left empty, so the priority and routing tables run on it;
 *   <li>after the tables ran (before commit): a confident priority is applied only where the
 *       priority table had nothing to go on (no impact or urgency given), and a confident group
 *       only where routing had no category to go on. A table that decided on real inputs wins.
 * </ol>
 *
 * Every applied suggestion is written on the timeline with its confidence; the others wait on the
 * ticket page for an agent to apply them.
 */
@Component
class TriageOnRaise {

  static final String ACTOR = "triage";
  private static final Logger log = LoggerFactory.getLogger(TriageOnRaise.class);
  private static final Set<TicketType> TRIAGED =
      Set.of(TicketType.INCIDENT, TicketType.SERVICE_REQUEST);

  private final Triage triage;
  private final TicketRecords records;
  private final TriageSuggestions suggestions;
  private final TriageThresholds thresholds;
  private final Clock clock;

  TriageOnRaise(
      Triage triage,
      TicketRecords records,
      TriageSuggestions suggestions,
      TriageThresholds thresholds,
      Clock clock) {
    this.triage = triage;
    this.records = records;
    this.suggestions = suggestions;
    this.thresholds = thresholds;
    this.clock = clock;
  }

  @EventListener
  @Order(Ordered.HIGHEST_PRECEDENCE) // before the process starts and its tables run
  void beforeTheProcess(TicketRaised raised) {
    if (!TRIAGED.contains(raised.type())) {
      return;
    }
    Ticket ticket = records.byId(raised.ticketId());
    TriageResult result;
    try {
      result = triage.suggest(raised.tenantId(), ticket.subject(), ticket.description());
    } catch (RuntimeException e) {
      // A suggestion is a help: a model that fails must never stop a ticket from being raised.
      log.warn("Triage of ticket {} failed; raised without suggestions", raised.key(), e);
      return;
    }
    if (!"und".equals(result.language())) {
      records.writtenIn(ticket.id(), result.language());
    }
    for (TriageField field : TriageField.values()) {
      Suggestion suggestion = result.of(field);
      if (suggestion.value() != null) {
        suggestions.save(new TriageSuggestion(ticket.id(), field, suggestion, clock.instant()));
      }
    }
    if (ticket.category() == null) {
      applyIfConfident(ticket, TriageField.CATEGORY);
    }
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
  void afterTheTables(TicketRaised raised) {
    if (!TRIAGED.contains(raised.type())) {
      return;
    }
    Ticket ticket = records.byId(raised.ticketId());
    if (ticket.impact() == null || ticket.urgency() == null) {
      applyIfConfident(ticket, TriageField.PRIORITY);
    }
    if (ticket.category() == null) {
      applyIfConfident(ticket, TriageField.ASSIGNMENT_GROUP);
    }
    for (TriageSuggestion suggestion : suggestions.findByTicketIdOrderByField(ticket.id())) {
      suggestion.raisedWith(TrainingExamples.valueOf(ticket, suggestion.field()));
    }
  }

  private void applyIfConfident(Ticket ticket, TriageField field) {
    var found = suggestions.findByTicketIdAndField(ticket.id(), field);
    double applyAbove = thresholds.current().of(field);
    if (found.isEmpty() || found.get().confidence() < applyAbove) {
      return;
    }
    TriageSuggestion suggestion = found.get();
    if (suggestion.suggestedValue().equals(TrainingExamples.valueOf(ticket, field))) {
      suggestion.applied();
      return;
    }
    records.recordEvent(
        ticket.id(),
        ACTOR,
        String.format(
            Locale.ROOT,
            "Triage suggestion applied: %s = %s (confidence %.2f)",
            field.apiName(),
            suggestion.suggestedValue(),
            suggestion.confidence()),
        Map.of(
            "triage", field.apiName(),
            "value", suggestion.suggestedValue(),
            "confidence", suggestion.confidence(),
            "applyAbove", applyAbove));
    if (field == TriageField.ASSIGNMENT_GROUP) {
      records.reassign(ticket.id(), suggestion.suggestedValue(), null, ACTOR);
    } else {
      records.change(ticket.id(), field.ticketField(), suggestion.suggestedValue(), ACTOR);
    }
    suggestion.applied();
  }
}
