package io.atumdesk.core;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a failed delivery again: the delay doubles from {@code first} up to {@code max}, with
 * up to a fifth of jitter so retries after an outage do not arrive together; after {@code attempts}
 * tries there is no next one and the delivery is a dead letter. The one retry policy for the outbox
 * and outbound webhooks.
 */
public record Backoff(Duration first, Duration max, int attempts) {

  public Backoff {
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || attempts < 1) {
      throw new IllegalArgumentException("Backoff needs 0 < first <= max and attempts >= 1");
    }
  }

  /** The wait before the next try after {@code failed} tries, or empty when none is left. */
  public Optional<Duration> after(int failed) {
    if (failed >= attempts) {
      return Optional.empty();
    }
    long base = first.toMillis() << Math.min(Math.max(failed - 1, 0), 20);
    long capped = Math.min(base, max.toMillis());
    long jitter = ThreadLocalRandom.current().nextLong(capped / 5 + 1);
    return Optional.of(Duration.ofMillis(capped - jitter));
  }
}
