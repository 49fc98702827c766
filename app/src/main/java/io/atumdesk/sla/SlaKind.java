package io.atumdesk.sla;

/** What a clock measures. */
public enum SlaKind {
  /** Until the first public answer from the service desk. */
  FIRST_RESPONSE,
  /** Until the ticket is resolved (paused while pending or awaiting confirmation). */
  RESOLUTION,
  /** An operational level target on one process step, until that step's task completes. */
  OLA
}
