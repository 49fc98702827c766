package io.atumdesk.assist.triage;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Triage settings, under {@code atum.assist.triage}.
 *
 * @param applyAbove per field, the confidence from which a suggestion is applied to a new ticket
 *     instead of only shown to the agent; above 1 means never
 * @param retrainEvery how often each tenant's model is learnt again from its tickets
 * @param reloadCheck how often a node looks for a newer stored model of a tenant it serves (one
 *     trained by another node)
 * @param maxExamples the most recent tickets a model learns from, at most
 * @param corpusTenants tenants whose models also learn from the shipped labelled corpus (the demo)
 */
@ConfigurationProperties(prefix = "atum.assist.triage")
public record TriageProperties(
    @DefaultValue ApplyAbove applyAbove,
    @DefaultValue("PT6H") Duration retrainEvery,
    @DefaultValue("PT30S") Duration reloadCheck,
    @DefaultValue("50000") int maxExamples,
    @DefaultValue List<String> corpusTenants) {

  /** The thresholds per field; see {@code docs/assist.md} for how they meet the routing table. */
  public record ApplyAbove(
      @DefaultValue("0.75") double category,
      @DefaultValue("0.80") double priority,
      @DefaultValue("0.90") double assignmentGroup) {

    double of(TriageField field) {
      return switch (field) {
        case CATEGORY -> category;
        case PRIORITY -> priority;
        case ASSIGNMENT_GROUP -> assignmentGroup;
      };
    }
  }
}
