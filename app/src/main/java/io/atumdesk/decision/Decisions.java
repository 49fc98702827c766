package io.atumdesk.decision;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates decision tables by id; the only way other modules reach DMN. A tenant evaluates its own
 * active version of a table where it deployed one, else the shipped table.
 */
public interface Decisions {

  /**
   * Evaluates the table the tenant has active.
   *
   * @param decisionId the table's decision id, e.g. {@code incident-priority}
   * @param inputs values by input name; values missing from the map are treated as null
   * @return the outcome; when no rule matched, {@link DecisionOutcome#matched()} is false and every
   *     output is null, so the caller applies its own fallback
   * @throws UnknownDecisionException when no table has that id
   * @throws DecisionEvaluationException when the engine reports an error
   */
  DecisionOutcome evaluate(String tenantId, String decisionId, Map<String, Object> inputs);

  /** The table the tenant has active under that id. */
  Optional<DecisionTable> table(String tenantId, String decisionId);

  /** The tables the tenant has active, ordered by decision id. */
  List<DecisionTable> tables(String tenantId);
}
