package io.atumdesk.core;

/** The request was valid but the object moved on: a stale version, a task already completed. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
