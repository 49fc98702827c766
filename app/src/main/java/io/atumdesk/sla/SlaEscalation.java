package io.atumdesk.sla;

import io.atumdesk.decision.DecisionEvaluationException;
import io.atumdesk.decision.DecisionOutcome;
import io.atumdesk.decision.Decisions;
import io.atumdesk.decision.MatchedRule;
import io.atumdesk.notification.Notification.RecipientKind;
import io.atumdesk.notification.Notifications;
import io.atumdesk.ticket.Priority;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketField;
import io.atumdesk.ticket.TicketRecords;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What happens when a clock reaches a checkpoint: the warning or breach goes on the timeline, the
 * escalation table ({@code sla-escalation}, hit policy COLLECT) says which actions to take at this
 * share of the target, and each action runs and is recorded with the rule that asked for it. The
 * table also hears whether the customer is frustrated (agent assist), at each checkpoint and once
 * at the moment they are first found so.
 */
@Component
class SlaEscalation {

  static final String TABLE = "sla-escalation";
  private final Decisions decisions;
  private final TicketRecords records;
  private final Notifications notifications;
  private final ApplicationEventPublisher events;
  private final CustomerMood mood;

  SlaEscalation(
      Decisions decisions,
      TicketRecords records,
      Notifications notifications,
      ApplicationEventPublisher events,
      ObjectProvider<CustomerMood> mood) {
    this.decisions = decisions;
    this.records = records;
    this.notifications = notifications;
    this.events = events;
    this.mood = mood.getIfAvailable(() -> ticketId -> false);
  }

  void checkpointReached(SlaClockRecord clock, double share, Instant at) {
    Ticket ticket = records.byId(clock.ticketId());
    String what = SlaClockView.label(clock);
    int percent = (int) Math.round(share * 100);
    Map<String, Object> details = Map.of("clock", clock.kind().name(), "percent", percent);
    if (share < 1.0) {
      records.recordEvent(
          ticket.id(), "system", "SLA warning: %s at %d %%".formatted(what, percent), details);
      events.publishEvent(new SlaWarned(ticket.id(), ticket.tenantId(), clock.kind(), share, at));
    } else {
      records.recordEvent(
          ticket.id(), "system", "SLA breached: %s at %d %%".formatted(what, percent), details);
      events.publishEvent(new SlaBreached(ticket.id(), ticket.tenantId(), clock.kind(), share, at));
    }
    escalate(
        ticket,
        "of %s at %d %%".formatted(what, percent),
        "%s: SLA %s at %d %%".formatted(ticket.key(), what, percent),
        BigDecimal.valueOf(percent),
        mood.isFrustrated(ticket.id()));
  }

  /**
   * The customer was just found frustrated: the table decides at once, without an elapsed share, so
   * only rules about frustration can match.
   */
  void customerFrustrated(Long ticketId) {
    Ticket ticket = records.byId(ticketId);
    if (!ticket.status().isOpen()) {
      return;
    }
    escalate(
        ticket,
        "for a frustrated customer",
        "%s: the customer seems frustrated".formatted(ticket.key()),
        null,
        true);
  }

  private void escalate(
      Ticket ticket,
      String occasion,
      String subject,
      BigDecimal elapsedPercent,
      boolean customerFrustrated) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("elapsedPercent", elapsedPercent);
    inputs.put("priority", ticket.priority() == null ? null : ticket.priority().name());
    inputs.put("customerTier", null);
    inputs.put("customerFrustrated", customerFrustrated);
    DecisionOutcome outcome;
    try {
      outcome = decisions.evaluate(ticket.tenantId(), TABLE, inputs);
    } catch (DecisionEvaluationException e) {
      records.recordDecision(
          ticket.id(),
          "Escalation %s: the table failed (%s), nothing done".formatted(occasion, e.getMessage()),
          Map.of("decisionId", TABLE, "error", e.getMessage()));
      return;
    }
    List<String> actions = actions(outcome.outputs().get("action"));
    String rules =
        outcome.matchedRules().stream().map(MatchedRule::ruleId).collect(Collectors.joining(", "));
    Map<String, Object> explanation = new LinkedHashMap<>();
    explanation.put("decisionId", outcome.decisionId());
    explanation.put("version", outcome.version());
    explanation.put("inputs", outcome.inputs());
    explanation.put("outputs", outcome.outputs());
    explanation.put("matchedRules", outcome.matchedRules());
    records.recordDecision(
        ticket.id(),
        actions.isEmpty()
            ? "Escalation %s: no rule matched, nothing to do".formatted(occasion)
            : "Escalation %s: %s (rules %s)".formatted(occasion, String.join(", ", actions), rules),
        explanation);
    actions.forEach(action -> run(ticket, action, subject));
  }

  private void run(Ticket ticket, String action, String subject) {
    switch (action) {
      case "notify-assignee" ->
          notify(
              ticket,
              ticket.assignee() != null ? RecipientKind.USER : RecipientKind.GROUP,
              ticket.assignee() != null ? ticket.assignee() : ticket.assignmentGroup(),
              subject);
      case "notify-group-lead" ->
          notify(ticket, RecipientKind.GROUP_LEAD, ticket.assignmentGroup(), subject);
      // Whoever is on call for the ticket's group at that moment (the roster of that group).
      case "page-on-call" ->
          notify(ticket, RecipientKind.ON_CALL, ticket.assignmentGroup(), subject);
      case "reassign" -> reassign(ticket);
      case "raise-priority" -> raisePriority(ticket);
      default ->
          records.recordEvent(
              ticket.id(),
              "system",
              "Unknown escalation action '%s' skipped".formatted(action),
              Map.of());
    }
  }

  private void notify(Ticket ticket, RecipientKind kind, String recipient, String subject) {
    if (recipient == null) {
      return;
    }
    notifications.queue(ticket.tenantId(), ticket.id(), kind, recipient, subject, ticket.subject());
    records.recordEvent(
        ticket.id(),
        "system",
        "Notified %s %s"
            .formatted(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), recipient),
        Map.of("recipientKind", kind.name(), "recipient", recipient));
  }

  /** Back to the group's queue, so that anyone free can take it. */
  private void reassign(Ticket ticket) {
    if (ticket.assignee() == null) {
      return;
    }
    String previous = ticket.assignee();
    records.reassign(ticket.id(), ticket.assignmentGroup(), null, "system");
    records.recordEvent(
        ticket.id(),
        "system",
        "Returned to the queue of %s (was %s)".formatted(ticket.assignmentGroup(), previous),
        Map.of());
  }

  private void raisePriority(Ticket ticket) {
    Priority current = ticket.priority();
    if (current == null || current == Priority.P1) {
      return;
    }
    records.change(
        ticket.id(), TicketField.PRIORITY, Priority.values()[current.ordinal() - 1], "system");
  }

  private static List<String> actions(Object output) {
    if (output instanceof List<?> list) {
      return list.stream()
          .filter(java.util.Objects::nonNull)
          .map(Object::toString)
          .distinct()
          .toList();
    }
    return output == null ? List.of() : List.of(output.toString());
  }
}
