package io.atumdesk.assist;

/** Which tickets a similarity query looks at. */
public enum TicketScope {
  /** Tickets not yet resolved or closed. */
  OPEN,
  /** Resolved or closed tickets, whose resolutions can be reused. */
  RESOLVED,
  ANY
}
