package io.atumdesk.decision;

/**
 * A rule of a decision table that decided an outcome.
 *
 * @param ruleId the rule's id in the DMN file, e.g. {@code priority-high-high}
 * @param index the rule's number in the table, counting from 1 as table editors show it
 * @param annotation the rule's annotation text, or null when it has none
 */
public record MatchedRule(String ruleId, int index, String annotation) {}
