package io.atumdesk.decision;

import java.util.List;

/**
 * What a decision table looks like from outside.
 *
 * @param hitPolicy the DMN hit policy, e.g. {@code UNIQUE} or {@code FIRST}
 * @param version a label that changes whenever the table's XML changes
 * @param inputs the input names a caller passes to {@link Decisions#evaluate}
 * @param outputs the output names found in {@link DecisionOutcome#outputs()}
 */
public record DecisionTable(
    String decisionId,
    String name,
    String hitPolicy,
    String version,
    List<String> inputs,
    List<String> outputs) {

  public DecisionTable {
    inputs = List.copyOf(inputs);
    outputs = List.copyOf(outputs);
  }
}
