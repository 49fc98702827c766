package io.atumdesk.connectors.outbound;

import java.time.Duration;
import java.util.Optional;

/**
 * A message was not delivered. Permanent failures (a rejected recipient, a revoked token) go to the
 * dead letters at once; the others are tried again later.
 */
public class DeliveryException extends Exception {

  private final boolean permanent;
  private final transient Duration retryAfter;

  public DeliveryException(String reason, boolean permanent, Throwable cause) {
    this(reason, permanent, cause, null);
  }

  private DeliveryException(
      String reason, boolean permanent, Throwable cause, Duration retryAfter) {
    super(reason, cause);
    this.permanent = permanent;
    this.retryAfter = retryAfter;
  }

  /** A temporary failure whose provider asked not to be called again before {@code wait}. */
  public static DeliveryException retryAfter(String reason, Duration wait) {
    return new DeliveryException(reason, false, null, wait);
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

  /** How long the provider asked us to wait (HTTP Retry-After), when it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
