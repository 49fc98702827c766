package io.atumdesk.decision;

import java.util.List;
import java.util.Map;

/** Evaluates decision tables by id; the only way other modules reach DMN. */
public interface Decisions {

  /**
   * Evaluates the latest version of a table.
   *
   * @param decisionId the table's decision id, e.g. {@code incident-priority}
   * @param inputs values by input name; values missing from the map are treated as null
   * @return the outcome; when no rule matched, {@link DecisionOutcome#matched()} is false and every
   *     output is null, so the caller applies its own fallback
   * @throws UnknownDecisionException when no table has that id
   * @throws DecisionEvaluationException when the engine reports an error
   */
  DecisionOutcome evaluate(String decisionId, Map<String, Object> inputs);

  /** The latest version of every table, ordered by decision id. */
  List<DecisionTable> tables();
}
