package io.atumdesk.inbox;

/**
 * The built-in views. "Open" here means work is left for the service desk: NEW, IN_PROGRESS and
 * PENDING. RESOLVED waits on the requester's confirmation (its clocks are paused) and CLOSED is
 * done, so both show only in {@link #ALL}.
 */
public enum InboxView {
  /** Open tickets assigned to the caller. */
  MY_WORK,
  /**
   * Open tickets in the queues of the caller's groups (every group for an admin), unassigned first.
   */
  MY_GROUPS,
  /** Every open ticket of the tenant. */
  ALL_OPEN,
  /** Open tickets with a running SLA clock that is warned, breached or due within the horizon. */
  SLA_AT_RISK,
  /** Every ticket of the tenant, whatever its status. */
  ALL
}
