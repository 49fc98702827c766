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
   * One call of an action: the ticket it works on, the model's parameters, the current process
   * variables (read-only) and the element that called it.
   */
  record ActionCall(
      Long ticketId,
      String tenantId,
      String elementId,
      Map<String, String> parameters,
      Map<String, Object> variables) {}
}
