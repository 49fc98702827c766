package io.atumdesk.change;

/** An approver's vote. */
public enum VoteDecision {
  APPROVE,
  REJECT
}
