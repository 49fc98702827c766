package io.atumdesk.change;

import io.atumdesk.cmdb.AffectedServices;
import io.atumdesk.cmdb.TicketItems;
import io.atumdesk.core.Actor;
import io.atumdesk.decision.DecisionEvaluationException;
import io.atumdesk.decision.DecisionOutcome;
import io.atumdesk.decision.Decisions;
import io.atumdesk.people.PeopleDirectory;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketRecords;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Assesses a change with the {@code change-risk} table: its impact, the highest criticality of the
 * business services its items hit (CMDB impact analysis), its type, whether it has a rollback plan
 * and how similar changes went. The outcome is kept on the change and on its timeline.
 */
@Component
class ChangeRiskAssessment {

  static final String TABLE = "change-risk";

  /** What applies when the table gives no answer: the board, with a veto. */
  static final Map<String, Object> FALLBACK =
      Map.of("risk", "HIGH", "approvalRoute", "CAB", "cabQuorum", 2, "cabVeto", true);

  private final ChangeRows rows;
  private final Changes changes;
  private final TicketItems items;
  private final Decisions decisions;
  private final TicketRecords records;
  private final PeopleDirectory people;
  private final ChangeProperties properties;

  ChangeRiskAssessment(
      ChangeRows rows,
      Changes changes,
      TicketItems items,
      Decisions decisions,
      TicketRecords records,
      PeopleDirectory people,
      ChangeProperties properties) {
    this.rows = rows;
    this.changes = changes;
    this.items = items;
    this.decisions = decisions;
    this.records = records;
    this.people = people;
    this.properties = properties;
  }

  /** Assesses the change and returns the variables its approval needs. */
  Map<String, Object> assess(Long ticketId) {
    Change change = rows.forProcess(ticketId);
    Ticket ticket = records.byId(ticketId);
    AffectedServices affected = items.affectedBy(Actor.system(ticket.tenantId()), ticket.key());
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("changeType", change.type().name());
    inputs.put("impact", ticket.impact() == null ? null : ticket.impact().name());
    inputs.put("criticality", affected.highest() == null ? null : affected.highest().name());
    inputs.put(
        "rollbackPlanPresent", change.rollbackPlan() != null && !change.rollbackPlan().isBlank());
    inputs.put("successRate", successRate(change));
    Map<String, Object> outputs = evaluate(ticket, inputs);
    ApprovalRoute route = ApprovalRoute.valueOf(String.valueOf(outputs.get("approvalRoute")));
    List<String> board = people.members(ticket.tenantId(), ChangeGroups.CAB);
    if (route == ApprovalRoute.CAB && board.isEmpty()) {
      route = ApprovalRoute.MANAGER;
      records.recordEvent(
          ticketId,
          "system",
          "The CAB has no members; the change manager decides instead",
          Map.of());
    }
    change.assessed(
        String.valueOf(outputs.get("risk")),
        route,
        affected.services().stream().map(s -> s.service().key().value()).toList(),
        affected.highest());
    changes.saveAndFlush(change);
    Map<String, Object> variables = new HashMap<>();
    variables.put(ChangeSteps.RISK, change.risk());
    variables.put(ChangeSteps.APPROVAL_ROUTE, route.name());
    variables.put(ChangeSteps.CAB_MEMBERS, new ArrayList<>(board));
    variables.put(ChangeSteps.CAB_QUORUM, ((Number) outputs.get("cabQuorum")).intValue());
    variables.put(ChangeSteps.CAB_VETO, Boolean.TRUE.equals(outputs.get("cabVeto")));
    variables.put(ChangeSteps.ECAB_TIMEOUT, properties.ecabTimeout().toString());
    variables.put(ChangeSteps.APPROVAL_OUTCOME, "pending");
    variables.put(ChangeSteps.APPROVAL_CERTAIN, false);
    return variables;
  }

  /** Percent of similar past changes implemented successfully; null with too few to tell. */
  BigDecimal successRate(Change change) {
    List<ImplementationResult> results = changes.resultsOfSimilar(change.category(), change.type());
    if (results.size() < properties.similarChangesNeeded()) {
      return null;
    }
    long successful = results.stream().filter(r -> r == ImplementationResult.SUCCESSFUL).count();
    return BigDecimal.valueOf(successful * 100)
        .divide(BigDecimal.valueOf(results.size()), 1, RoundingMode.HALF_UP);
  }

  private Map<String, Object> evaluate(Ticket ticket, Map<String, Object> inputs) {
    try {
      DecisionOutcome outcome = decisions.evaluate(ticket.tenantId(), TABLE, inputs);
      Map<String, Object> outputs = outcome.matched() ? outcome.outputs() : FALLBACK;
      String rules =
          String.join(", ", outcome.matchedRules().stream().map(r -> r.ruleId()).toList());
      records.recordDecision(
          ticket.id(),
          outcome.matched()
              ? "Decision %s: risk %s, approval by %s (rule %s)"
                  .formatted(TABLE, outputs.get("risk"), outputs.get("approvalRoute"), rules)
              : "Decision %s: no rule matched; fallback %s".formatted(TABLE, FALLBACK),
          Map.of(
              "decisionId", TABLE,
              "version", String.valueOf(outcome.version()),
              "inputs", outcome.inputs(),
              "outputs", outputs,
              "matchedRules", outcome.matchedRules(),
              "fallback", !outcome.matched()));
      return outputs;
    } catch (DecisionEvaluationException e) {
      records.recordDecision(
          ticket.id(),
          "Decision %s failed (%s); fallback %s".formatted(TABLE, e.getMessage(), FALLBACK),
          Map.of("decisionId", TABLE, "error", e.getMessage(), "fallback", true));
      return FALLBACK;
    }
  }
}
