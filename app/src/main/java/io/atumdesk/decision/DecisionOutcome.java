package io.atumdesk.decision;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one evaluation: what went in, what came out and which rules decided it.
 *
 * @param version the version label of the table that was evaluated
 * @param outputs plain Java values by output name; values are null when no rule matched
 * @param matchedRules the rules the hit policy selected, in table order
 */
public record DecisionOutcome(
    String decisionId,
    String version,
    Map<String, Object> inputs,
    Map<String, Object> outputs,
    List<MatchedRule> matchedRules) {

  public DecisionOutcome {
    // Copies that still allow null values, which Map.copyOf would reject.
    inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    matchedRules = List.copyOf(matchedRules);
  }

  /** Whether any rule matched; when not, the caller applies its fallback. */
  public boolean matched() {
    return !matchedRules.isEmpty();
  }
}
