package io.atumdesk.workflow;

import io.atumdesk.decision.DecisionEvaluationException;
import io.atumdesk.decision.DecisionOutcome;
import io.atumdesk.decision.DecisionTable;
import io.atumdesk.decision.Decisions;
import io.atumdesk.decision.UnknownDecisionException;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketField;
import io.atumdesk.ticket.TicketRecords;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * {@code evaluateDecision}: evaluates the table named by {@code decision} with the ticket's fields
 * (or process variables) of the same names as its inputs. Outputs named like a field a decision may
 * set ({@link TicketField#DECIDABLE}) are set on the ticket, and all outputs become process
 * variables. When no rule matches, the model's {@code fallback.<output>} parameters apply. Every
 * evaluation is recorded on the timeline.
 */
@Component
class EvaluateDecisionAction implements ProcessAction {

  static final String NAME = "evaluateDecision";
  static final String DECISION = "decision";
  static final String FALLBACK_PREFIX = "fallback.";

  private final Decisions decisions;
  private final TicketRecords records;
  private final TicketFieldValues fieldValues;

  EvaluateDecisionAction(
      Decisions decisions, TicketRecords records, TicketFieldValues fieldValues) {
    this.decisions = decisions;
    this.records = records;
    this.fieldValues = fieldValues;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> requiredParameters() {
    return Set.of(DECISION);
  }

  @Override
  public Map<String, Object> execute(ActionCall call) {
    String decisionId = call.parameters().get(DECISION);
    DecisionTable table =
        decisions
            .table(call.tenantId(), decisionId)
            .orElseThrow(() -> new UnknownDecisionException(decisionId));
    Ticket ticket = records.byId(call.ticketId());
    Map<String, Object> inputs = new LinkedHashMap<>();
    for (String input : table.inputs()) {
      inputs.put(input, fieldValues.valueOf(ticket, input, call.variables()));
    }
    DecisionOutcome outcome;
    try {
      outcome = decisions.evaluate(call.tenantId(), decisionId, inputs);
    } catch (DecisionEvaluationException e) {
      // A table that fails on these inputs must not stop the ticket: say so, and fall back.
      Map<String, Object> fallback = fallback(call);
      records.recordDecision(
          call.ticketId(),
          "Decision %s failed (%s); fallback %s".formatted(decisionId, e.getMessage(), fallback),
          Map.of(
              "decisionId",
              decisionId,
              "inputs",
              inputs,
              "error",
              e.getMessage(),
              "fallback",
              true));
      records.applyNamedFields(call.ticketId(), fallback, "system", TicketField.DECIDABLE);
      return new HashMap<>(fallback);
    }
    Map<String, Object> outputs = outcome.matched() ? outcome.outputs() : fallback(call);
    // The decision first, then the field changes it caused: the timeline reads as cause and effect.
    records.recordDecision(
        call.ticketId(), summary(outcome, outputs), explanation(outcome, outputs));
    records.applyNamedFields(call.ticketId(), outputs, "system", TicketField.DECIDABLE);
    return new HashMap<>(outputs);
  }

  /**
   * In a dry run the table is evaluated on the sample data (process variables stand in for the
   * ticket's fields); nothing is written to a ticket or its timeline.
   */
  @Override
  public DryRunOutcome dryRun(ActionCall call) {
    String decisionId = call.parameters().get(DECISION);
    DecisionTable table =
        decisions
            .table(call.tenantId(), decisionId)
            .orElseThrow(() -> new UnknownDecisionException(decisionId));
    Map<String, Object> inputs = new LinkedHashMap<>();
    for (String input : table.inputs()) {
      inputs.put(input, call.variables().get(input));
    }
    Map<String, String> shown = new LinkedHashMap<>();
    inputs.forEach((k, v) -> shown.put(k, String.valueOf(v)));
    try {
      DecisionOutcome outcome = decisions.evaluate(call.tenantId(), decisionId, inputs);
      Map<String, Object> outputs = outcome.matched() ? outcome.outputs() : fallback(call);
      return new DryRunOutcome(true, summary(outcome, outputs), shown, outputs);
    } catch (DecisionEvaluationException e) {
      Map<String, Object> fallback = fallback(call);
      return new DryRunOutcome(
          true,
          "Decision %s failed (%s); fallback %s".formatted(decisionId, e.getMessage(), fallback),
          shown,
          fallback);
    }
  }

  private static Map<String, Object> fallback(ActionCall call) {
    return call.parameters().entrySet().stream()
        .filter(p -> p.getKey().startsWith(FALLBACK_PREFIX))
        .collect(
            Collectors.toMap(
                p -> p.getKey().substring(FALLBACK_PREFIX.length()), p -> p.getValue()));
  }

  private static String summary(DecisionOutcome outcome, Map<String, Object> outputs) {
    String values =
        outputs.entrySet().stream()
            .filter(e -> e.getValue() != null)
            .map(e -> e.getKey() + " = " + e.getValue())
            .collect(Collectors.joining(", "));
    if (!outcome.matched()) {
      return "Decision %s: no rule matched; fallback %s"
          .formatted(outcome.decisionId(), values.isEmpty() ? "none" : values);
    }
    String rules =
        outcome.matchedRules().stream().map(r -> r.ruleId()).collect(Collectors.joining(", "));
    return "Decision %s: %s (rule %s)".formatted(outcome.decisionId(), values, rules);
  }

  private static Map<String, Object> explanation(
      DecisionOutcome outcome, Map<String, Object> applied) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("decisionId", outcome.decisionId());
    details.put("version", outcome.version());
    details.put("inputs", outcome.inputs());
    details.put("outputs", applied);
    details.put("matchedRules", outcome.matchedRules());
    details.put("fallback", !outcome.matched());
    return details;
  }
}
