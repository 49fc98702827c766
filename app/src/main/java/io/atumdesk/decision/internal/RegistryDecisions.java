package io.atumdesk.decision.internal;

import io.atumdesk.decision.DecisionOutcome;
import io.atumdesk.decision.DecisionTable;
import io.atumdesk.decision.Decisions;
import io.atumdesk.decision.UnknownDecisionException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Evaluates the latest registered version of each table. */
public final class RegistryDecisions implements Decisions {

  private final DecisionRegistry registry;

  public RegistryDecisions(DecisionRegistry registry) {
    this.registry = registry;
  }

  @Override
  public DecisionOutcome evaluate(String decisionId, Map<String, Object> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    CompiledTable table =
        registry.latest(decisionId).orElseThrow(() -> new UnknownDecisionException(decisionId));
    return table.evaluate(inputs);
  }

  @Override
  public List<DecisionTable> tables() {
    return registry.latestOfEach().stream().map(CompiledTable::describe).toList();
  }
}
