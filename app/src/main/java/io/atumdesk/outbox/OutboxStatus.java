package io.atumdesk.outbox;

/** Where a message of the outbox stands. */
public enum OutboxStatus {
  /** Waiting for its (next) try. */
  PENDING,
  /** Handed to its channel, which gave it an id. */
  SENT,
  /** Not sent and not tried again: a permanent failure or every try used; an admin may retry. */
  DEAD
}
