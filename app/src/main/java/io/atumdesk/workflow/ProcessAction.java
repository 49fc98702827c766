package io.atumdesk.workflow;

import java.util.Map;
import java.util.Set;

/**
 * A named piece of work a process may call from a service task. Models name the action and its
 * parameters as {@code flowable:field}s; no expression from a model is evaluated to find it.
 */
public interface ProcessAction {

  /** The name models use, e.g. {@code evaluateDecision}. */
  String name();

  /** The parameters this action requires, for validation and the modeler's palette. */
  Set<String> requiredParameters();

  /** Does the work; returns process variables to set (may be empty). */
  Map<String, Object> execute(ActionCall call);

  /**
   * What the action does in a dry run of a draft ({@link DryRuns}): there is no ticket, and nothing
   * may leave the sandbox. By default it does nothing and says so, which keeps every action that
   * writes, sends or calls out safe without its author thinking of dry runs. Only an action that
   * merely computes (a decision) overrides this, and then must not touch a ticket or send anything.
   */
  default DryRunOutcome dryRun(ActionCall call) {
    return DryRunOutcome.skipped(name());
  }

  /**
   * One call of an action: the ticket it works on, the model's parameters, the current process
   * variables (read-only) and the element that called it.
   */
  record ActionCall(
      Long ticketId,
      String tenantId,
      String elementId,
      Map<String, String> parameters,
      Map<String, Object> variables) {}

  /**
   * What an action did in a dry run: whether it ran at all, a line saying what it did or would have
   * done, the inputs it read and the process variables it sets.
   */
  record DryRunOutcome(
      boolean ran, String summary, Map<String, String> inputs, Map<String, Object> variables) {

    public DryRunOutcome {
      inputs = Map.copyOf(inputs);
      variables = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(variables));
    }

    static DryRunOutcome skipped(String action) {
      return new DryRunOutcome(
          false,
          "not run in a dry run: " + action + " would act on the ticket or send",
          Map.of(),
          Map.of());
    }
  }
}
