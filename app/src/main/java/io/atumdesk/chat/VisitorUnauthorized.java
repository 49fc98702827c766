package io.atumdesk.chat;

/** A visitor's request without the token (or stream ticket) of its conversation; answered 401. */
public class VisitorUnauthorized extends RuntimeException {

  public VisitorUnauthorized(String message) {
    super(message);
  }
}
