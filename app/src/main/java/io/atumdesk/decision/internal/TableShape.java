package io.atumdesk.decision.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.ast.DecisionNode;
import org.kie.dmn.api.core.ast.InputDataNode;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.InputClause;
import org.kie.dmn.model.api.OutputClause;
import org.kie.dmn.model.api.RuleAnnotation;

/** The parts of a compiled decision table that callers see: names, hit policy and rules. */
record TableShape(
    String decisionId,
    String name,
    String hitPolicy,
    List<String> inputs,
    List<String> outputs,
    List<Rule> rules) {

  /** One row of the table; {@code annotation} joins the annotation columns, null when empty. */
  record Rule(String id, String annotation) {}

  static TableShape of(DMNModel model, DecisionNode node) {
    var table = (org.kie.dmn.model.api.DecisionTable) node.getDecision().getExpression();
    String hitPolicy = table.getHitPolicy().value();
    if (table.getAggregation() != null) {
      hitPolicy += " " + table.getAggregation().name();
    }
    return new TableShape(
        node.getId(),
        node.getName(),
        hitPolicy,
        inputNames(model, node, table.getInput()),
        outputNames(node, table.getOutput()),
        table.getRule().stream().map(TableShape::rule).toList());
  }

  /** The required input data, in the order the table's columns mention them. */
  private static List<String> inputNames(
      DMNModel model, DecisionNode node, List<InputClause> columns) {
    List<String> columnTexts =
        columns.stream().map(c -> c.getInputExpression().getText().trim()).toList();
    List<String> names = new ArrayList<>();
    for (InputDataNode input : model.getRequiredInputsForDecisionId(node.getId())) {
      names.add(input.getName());
    }
    // Inputs no column names directly (used inside an expression) go last.
    names.sort(
        Comparator.comparingInt(
            n -> columnTexts.contains(n) ? columnTexts.indexOf(n) : Integer.MAX_VALUE));
    return List.copyOf(names);
  }

  /** A single output column may go unnamed; its value is then named after the decision. */
  private static List<String> outputNames(DecisionNode node, List<OutputClause> columns) {
    return columns.stream()
        .map(column -> column.getName() != null ? column.getName() : node.getName())
        .toList();
  }

  private static Rule rule(DecisionRule rule) {
    String annotation =
        rule.getAnnotationEntry().stream()
            .map(RuleAnnotation::getText)
            .filter(text -> text != null && !text.isBlank())
            .collect(Collectors.joining("; "));
    return new Rule(rule.getId(), annotation.isEmpty() ? null : annotation);
  }
}
