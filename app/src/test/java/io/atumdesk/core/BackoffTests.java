package io.atumdesk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class BackoffTests {

  final Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(10), 6);

  @RepeatedTest(20)
  void waitsTheFirstDelayLessAFifthOfJitterAfterTheFirstFailure() {
    assertThat(backoff.after(1).orElseThrow())
        .isBetween(Duration.ofSeconds(48), Duration.ofMinutes(1));
  }

  @RepeatedTest(20)
  void doublesTheDelayWithEachFailure() {
    assertThat(backoff.after(2).orElseThrow())
        .isBetween(Duration.ofSeconds(96), Duration.ofMinutes(2));
    assertThat(backoff.after(3).orElseThrow())
        .isBetween(Duration.ofSeconds(192), Duration.ofMinutes(4));
  }

  @RepeatedTest(20)
  void neverWaitsLongerThanTheMaximum() {
    assertThat(backoff.after(5).orElseThrow())
        .isBetween(Duration.ofMinutes(8), Duration.ofMinutes(10));
    assertThat(new Backoff(Duration.ofDays(1), Duration.ofDays(2), 100).after(99).orElseThrow())
        .isLessThanOrEqualTo(Duration.ofDays(2));
  }

  @Test
  void hasNoNextTryOnceEveryAttemptIsUsed() {
    assertThat(backoff.after(5)).isPresent();
    assertThat(backoff.after(6)).isEqualTo(Optional.empty());
    assertThat(backoff.after(7)).isEmpty();
    assertThat(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 1).after(1)).isEmpty();
  }

  @Test
  void refusesAPolicyThatCouldNeverWaitOrTry() {
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofMinutes(1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(1), Duration.ofMinutes(2), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
