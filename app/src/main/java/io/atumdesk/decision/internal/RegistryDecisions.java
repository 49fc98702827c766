package io.atumdesk.decision.internal;

import io.atumdesk.decision.DecisionOutcome;
import io.atumdesk.decision.DecisionTable;
import io.atumdesk.decision.Decisions;
import io.atumdesk.decision.UnknownDecisionException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Evaluates, for each tenant, the table it has active in the registry. */
public final class RegistryDecisions implements Decisions {

  private final DecisionRegistry registry;

  public RegistryDecisions(DecisionRegistry registry) {
    this.registry = registry;
  }

  @Override
  public DecisionOutcome evaluate(String tenantId, String decisionId, Map<String, Object> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    return registry
        .active(tenantId, decisionId)
        .orElseThrow(() -> new UnknownDecisionException(decisionId))
        .evaluate(inputs);
  }

  @Override
  public Optional<DecisionTable> table(String tenantId, String decisionId) {
    return registry.active(tenantId, decisionId).map(CompiledTable::describe);
  }

  @Override
  public List<DecisionTable> tables(String tenantId) {
    return registry.activeTables(tenantId).stream().map(CompiledTable::describe).toList();
  }
}
