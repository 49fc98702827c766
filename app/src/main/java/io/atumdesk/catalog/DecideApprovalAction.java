package io.atumdesk.catalog;

import io.atumdesk.decision.DecisionEvaluationException;
import io.atumdesk.decision.DecisionOutcome;
import io.atumdesk.decision.Decisions;
import io.atumdesk.people.PeopleDirectory;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.workflow.ProcessAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code decideApproval}: asks the request-approval table for each ordered item (its category and
 * cost) and keeps the strictest answer (cab before manager before none), each evaluation on the
 * timeline. Sets {@code ordered}, {@code approval}, the approver ({@code manager}, or the fallback
 * {@code managerGroup} for a requester without one) and {@code fulfilments}, the items' processes
 * in order. A request raised without an order gets {@code ordered = false}.
 */
@Component
class DecideApprovalAction implements ProcessAction {

  static final String TABLE = "request-approval";
  static final List<String> STRICTEST_FIRST = List.of("cab", "manager", "none");

  private final CatalogOrders orders;
  private final OrderItems items;
  private final Decisions decisions;
  private final TicketRecords records;
  private final PeopleDirectory people;
  private final CatalogProperties properties;

  DecideApprovalAction(
      CatalogOrders orders,
      OrderItems items,
      Decisions decisions,
      TicketRecords records,
      PeopleDirectory people,
      CatalogProperties properties) {
    this.orders = orders;
    this.items = items;
    this.decisions = decisions;
    this.records = records;
    this.people = people;
    this.properties = properties;
  }

  @Override
  public String name() {
    return "decideApproval";
  }

  @Override
  public Set<String> requiredParameters() {
    return Set.of();
  }

  @Override
  public Map<String, Object> execute(ActionCall call) {
    var order = orders.findByTicketId(call.ticketId()).orElse(null);
    if (order == null) {
      return Map.of("ordered", false, "approval", "none");
    }
    List<OrderItem> lines = items.findByOrderIdOrderByPosition(order.id());
    String approval = "none";
    for (OrderItem line : lines) {
      String asked = ask(call, line);
      if (STRICTEST_FIRST.indexOf(asked) < STRICTEST_FIRST.indexOf(approval)) {
        approval = asked;
      }
    }
    order.approvalDecided(approval);
    String manager = people.managerOf(call.tenantId(), order.requester()).orElse("");
    Map<String, Object> variables = new HashMap<>();
    variables.put("ordered", true);
    variables.put("approval", approval);
    variables.put("manager", manager);
    variables.put("managerGroup", manager.isEmpty() ? properties.approverGroup() : "");
    variables.put(
        "fulfilments", new ArrayList<>(lines.stream().map(OrderItem::fulfillmentProcess).toList()));
    return variables;
  }

  /** The table's answer for one item; when it cannot answer, the manager decides. */
  private String ask(ActionCall call, OrderItem line) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("category", line.category());
    inputs.put("cost", line.cost());
    String item = "item %d (%s)".formatted(line.position() + 1, line.itemName());
    try {
      DecisionOutcome outcome = decisions.evaluate(call.tenantId(), TABLE, inputs);
      String approvers =
          outcome.matched() ? String.valueOf(outcome.outputs().get("approvers")) : "manager";
      var rules = outcome.matchedRules().stream().map(r -> r.ruleId()).toList();
      Map<String, Object> explanation = new LinkedHashMap<>();
      explanation.put("decisionId", TABLE);
      explanation.put("version", outcome.version());
      explanation.put("inputs", outcome.inputs());
      explanation.put("outputs", Map.of("approvers", approvers));
      explanation.put("matchedRules", outcome.matchedRules());
      explanation.put("fallback", !outcome.matched());
      records.recordDecision(
          call.ticketId(),
          "Decision %s for %s: approvers = %s (%s)"
              .formatted(
                  TABLE,
                  item,
                  approvers,
                  rules.isEmpty()
                      ? "no rule matched; fallback"
                      : "rule " + String.join(", ", rules)),
          explanation);
      return STRICTEST_FIRST.contains(approvers) ? approvers : "manager";
    } catch (DecisionEvaluationException e) {
      records.recordDecision(
          call.ticketId(),
          "Decision %s for %s failed (%s); fallback approvers = manager"
              .formatted(TABLE, item, e.getMessage()),
          Map.of("decisionId", TABLE, "error", e.getMessage(), "fallback", true));
      return "manager";
    }
  }
}
