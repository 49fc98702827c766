package io.atumdesk.decision.internal;

import io.atumdesk.decision.DecisionEvaluationException;
import io.atumdesk.decision.DecisionOutcome;
import io.atumdesk.decision.DecisionTable;
import io.atumdesk.decision.MatchedRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNMessage;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;

/**
 * One version of one decision table, compiled once and then evaluated from any thread: kie builds a
 * fresh result and context copy per call and keeps no state between calls.
 */
public final class CompiledTable {

  private final TableShape shape;
  private final String version;
  private final DMNRuntime runtime;
  private final DMNModel model;
  private final RuleMatches matches;
  private final byte[] xml;

  CompiledTable(
      TableShape shape,
      String version,
      DMNRuntime runtime,
      DMNModel model,
      RuleMatches matches,
      byte[] xml) {
    this.shape = shape;
    this.version = version;
    this.runtime = runtime;
    this.model = model;
    this.matches = matches;
    this.xml = xml;
  }

  /** The same compiled table under another label, e.g. a tenant's version number. */
  public CompiledTable withVersion(String label) {
    return new CompiledTable(shape, label, runtime, model, matches, xml);
  }

  public String decisionId() {
    return shape.decisionId();
  }

  /** The DMN XML it was compiled from, for editing and export. */
  public byte[] xml() {
    return xml.clone();
  }

  public String version() {
    return version;
  }

  public DecisionTable describe() {
    return new DecisionTable(
        shape.decisionId(),
        shape.name(),
        shape.hitPolicy(),
        version,
        shape.inputs(),
        shape.outputs());
  }

  public DecisionOutcome evaluate(Map<String, Object> inputs) {
    DMNContext context = runtime.newContext();
    // Kie fails on a required input that is absent; as null it simply matches no rule but "-".
    shape.inputs().forEach(name -> context.set(name, null));
    inputs.forEach(context::set);
    RuleMatches.Captured<DMNResult> run =
        matches.capture(() -> runtime.evaluateDecisionById(model, shape.decisionId(), context));
    List<DMNMessage> errors = run.value().getMessages(DMNMessage.Severity.ERROR);
    if (!errors.isEmpty()) {
      throw new DecisionEvaluationException(
          shape.decisionId(),
          errors.stream().map(DMNMessage::getMessage).collect(Collectors.joining("; ")));
    }
    Object result = run.value().getDecisionResultById(shape.decisionId()).getResult();
    return new DecisionOutcome(
        shape.decisionId(), version, inputs, outputs(result), matchedRules(run.selections()));
  }

  /** A single-output table returns the bare value, a multi-output one a context by name. */
  private Map<String, Object> outputs(Object result) {
    Map<String, Object> outputs = new LinkedHashMap<>();
    for (String name : shape.outputs()) {
      outputs.put(name, FeelValues.toJava(outputValue(result, name)));
    }
    return outputs;
  }

  private Object outputValue(Object result, String name) {
    if (shape.outputs().size() > 1 && result instanceof Map<?, ?> context) {
      return context.get(name);
    }
    return result;
  }

  private List<MatchedRule> matchedRules(List<RuleMatches.Selection> selections) {
    return selections.stream()
        .filter(selection -> selection.decisionName().equals(shape.name()))
        .map(selection -> rule(selection.index()))
        .toList();
  }

  private MatchedRule rule(int index) {
    TableShape.Rule rule = shape.rules().get(index - 1);
    return new MatchedRule(rule.id(), index, rule.annotation());
  }
}
