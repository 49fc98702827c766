package io.atumdesk.ticket;

/** A three-step scale for impact and urgency, the inputs of the priority matrix. */
public enum Level {
  HIGH,
  MEDIUM,
  LOW
}
