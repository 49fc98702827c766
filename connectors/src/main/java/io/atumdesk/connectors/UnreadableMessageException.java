package io.atumdesk.connectors;

/** A message that cannot be turned into an {@link InboundMessage}; the reason is for admins. */
public class UnreadableMessageException extends Exception {

  public UnreadableMessageException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
