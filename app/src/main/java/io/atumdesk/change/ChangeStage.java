package io.atumdesk.change;

/** Where a change stands in its process; the process moves it, people act on it. */
public enum ChangeStage {
  DRAFT,
  APPROVAL,
  SCHEDULING,
  IMPLEMENTATION,
  ROLLBACK,
  REVIEW,
  CLOSED,
  REJECTED,
  WITHDRAWN;

  /** Before implementation a change may still be withdrawn. */
  public boolean withdrawable() {
    return this == DRAFT || this == APPROVAL || this == SCHEDULING;
  }

  public boolean ended() {
    return this == CLOSED || this == REJECTED || this == WITHDRAWN;
  }
}
