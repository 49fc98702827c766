package io.atumdesk.problem;

/** Why a known error is shown on an incident. */
public enum MatchReason {
  /** The incident is linked to the problem. */
  LINKED,
  /** The incident and the problem share a configuration item. */
  CONFIGURATION_ITEM,
  /** The incident has the known error's category. */
  CATEGORY
}
