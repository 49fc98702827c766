package io.atumdesk.connectors.outbound;

/**
 * A message was not delivered. Permanent failures (a rejected recipient, a revoked token) go to the
 * dead letters at once; the others are tried again later.
 */
public class DeliveryException extends Exception {

  private final boolean permanent;

  public DeliveryException(String reason, boolean permanent, Throwable cause) {
    super(reason, cause);
    this.permanent = permanent;
  }

  public static DeliveryException temporary(String reason, Throwable cause) {
    return new DeliveryException(reason, false, cause);
  }

  public static DeliveryException permanent(String reason, Throwable cause) {
    return new DeliveryException(reason, true, cause);
  }

  public boolean permanent() {
    return permanent;
  }
}
