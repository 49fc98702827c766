package io.atumdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.atumdesk.sla.SlaClock.Pause;
import io.atumdesk.sla.SlaClock.State;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SlaClockTests {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final BusinessCalendar NINE_TO_FIVE =
      BusinessCalendar.builder("business-hours", BERLIN)
          .open(BusinessCalendar.WEEKDAYS, "09:00-17:00")
          .build();

  static Instant berlin(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
  }

  static SlaClock startedMonday(Duration target) {
    return SlaClock.start(target, NINE_TO_FIVE, berlin("2026-03-30T09:00"));
  }

  @Test
  void countsWorkingTimeSinceTheStart() {
    SlaClock clock = startedMonday(Duration.ofHours(8));
    Instant now = berlin("2026-03-30T15:00");

    assertThat(clock.state()).isEqualTo(State.RUNNING);
    assertThat(clock.elapsed(now)).isEqualTo(Duration.ofHours(6));
    assertThat(clock.remaining(now)).isEqualTo(Duration.ofHours(2));
    assertThat(clock.elapsedShare(now)).isEqualTo(75.0);
    assertThat(clock.dueAt()).contains(berlin("2026-03-30T17:00"));
    assertThat(clock.breached(now)).isFalse();
  }

  @Test
  void countsNothingBeforeTheStart() {
    SlaClock clock = startedMonday(Duration.ofHours(8));

    assertThat(clock.elapsed(berlin("2026-03-27T12:00"))).isZero();
    assertThat(clock.remaining(berlin("2026-03-27T12:00"))).isEqualTo(Duration.ofHours(8));
  }

  @Test
  void countsOnlyTheWorkingHoursInsideAPauseOverTheWeekend() {
    SlaClock clock =
        SlaClock.start(Duration.ofHours(16), NINE_TO_FIVE, berlin("2026-03-27T09:00"))
            .pause(berlin("2026-03-27T16:30"))
            .resume(berlin("2026-03-30T10:00"));

    assertThat(clock.pauses())
        .containsExactly(new Pause(berlin("2026-03-27T16:30"), berlin("2026-03-30T10:00")));
    assertThat(clock.elapsed(berlin("2026-03-30T11:00")))
        .as("10 h of working time less the 30 min on Friday and 1 h on Monday spent paused")
        .isEqualTo(Duration.ofMinutes(510));
    assertThat(clock.dueAt()).contains(berlin("2026-03-31T10:30"));
  }

  @Test
  void standsStillWhilePaused() {
    SlaClock paused = startedMonday(Duration.ofHours(8)).pause(berlin("2026-03-30T11:00"));

    assertThat(paused.state()).isEqualTo(State.PAUSED);
    assertThat(paused.pausedSince()).contains(berlin("2026-03-30T11:00"));
    assertThat(paused.elapsed(berlin("2026-03-30T16:00"))).isEqualTo(Duration.ofHours(2));
    assertThat(paused.remaining(berlin("2026-04-02T16:00"))).isEqualTo(Duration.ofHours(6));
    assertThat(paused.breached(berlin("2026-04-02T16:00"))).isFalse();
  }

  @Test
  void knowsNoDueMomentWhilePausedAndMovesItOnResume() {
    SlaClock running = startedMonday(Duration.ofHours(8));
    SlaClock paused = running.pause(berlin("2026-03-30T11:00"));
    SlaClock resumed = paused.resume(berlin("2026-03-30T14:00"));

    assertThat(running.dueAt()).contains(berlin("2026-03-30T17:00"));
    assertThat(paused.dueAt()).isEmpty();
    assertThat(paused.warningAt(0.75)).isEmpty();
    assertThat(resumed.dueAt()).contains(berlin("2026-03-31T12:00"));
  }

  @Test
  void addsUpSeveralPauses() {
    SlaClock clock =
        startedMonday(Duration.ofHours(8))
            .pause(berlin("2026-03-30T10:00"))
            .resume(berlin("2026-03-30T11:00"))
            .pause(berlin("2026-03-30T13:00"))
            .resume(berlin("2026-03-30T14:00"));

    assertThat(clock.elapsed(berlin("2026-03-30T17:00"))).isEqualTo(Duration.ofHours(6));
    assertThat(clock.warningAt(0.5)).contains(berlin("2026-03-30T15:00"));
    assertThat(clock.dueAt()).contains(berlin("2026-03-31T11:00"));
  }

  @Test
  void warnsAtThreeQuartersAndBreachesAfterTheTarget() {
    SlaClock clock = startedMonday(Duration.ofHours(4));

    assertThat(clock.warningAt(0.75)).contains(berlin("2026-03-30T12:00"));
    assertThat(clock.elapsedShare(berlin("2026-03-30T12:00"))).isEqualTo(75.0);
    assertThat(clock.dueAt()).contains(berlin("2026-03-30T13:00"));
    assertThat(clock.breached(berlin("2026-03-30T13:00"))).isFalse();
    assertThat(clock.breached(berlin("2026-03-30T13:00:01"))).isTrue();
    assertThat(clock.elapsedShare(berlin("2026-03-30T14:00"))).isEqualTo(125.0);
    assertThat(clock.remaining(berlin("2026-03-30T14:00"))).isZero();
  }

  @Test
  void staysBreachedOverTheNightAfterADueClosingTime() {
    SlaClock clock = startedMonday(Duration.ofHours(8));
    Instant evening = berlin("2026-03-30T20:00");

    assertThat(clock.elapsed(evening)).isEqualTo(Duration.ofHours(8));
    assertThat(clock.breached(evening)).isTrue();
  }

  @Test
  void remembersWhenItWasDueAfterPausingLate() {
    SlaClock clock = startedMonday(Duration.ofHours(2)).pause(berlin("2026-03-30T12:00"));

    assertThat(clock.dueAt()).contains(berlin("2026-03-30T11:00"));
    assertThat(clock.warningAt(0.75)).contains(berlin("2026-03-30T10:30"));
    assertThat(clock.breached(berlin("2026-03-30T15:00"))).isTrue();
  }

  @Test
  void freezesWhenStopped() {
    SlaClock clock = startedMonday(Duration.ofHours(8)).stop(berlin("2026-03-30T12:00"));

    assertThat(clock.state()).isEqualTo(State.STOPPED);
    assertThat(clock.stoppedAt()).contains(berlin("2026-03-30T12:00"));
    assertThat(clock.elapsed(berlin("2026-04-07T12:00"))).isEqualTo(Duration.ofHours(3));
    assertThat(clock.dueAt()).isEmpty();
    assertThat(clock.breached(berlin("2026-04-07T12:00"))).isFalse();
  }

  @Test
  void staysBreachedWhenStoppedLate() {
    SlaClock onTime = startedMonday(Duration.ofHours(2)).stop(berlin("2026-03-30T11:00"));
    SlaClock late = startedMonday(Duration.ofHours(2)).stop(berlin("2026-03-30T11:01"));

    assertThat(onTime.breached(berlin("2026-04-07T12:00"))).isFalse();
    assertThat(late.breached(berlin("2026-04-07T12:00"))).isTrue();
    assertThat(late.breached(berlin("2026-03-30T10:00"))).as("not yet, back then").isFalse();
  }

  @Test
  void endsAnOpenPauseWhenStopped() {
    SlaClock clock =
        startedMonday(Duration.ofHours(8))
            .pause(berlin("2026-03-30T11:00"))
            .stop(berlin("2026-03-30T14:00"));

    assertThat(clock.pauses())
        .containsExactly(new Pause(berlin("2026-03-30T11:00"), berlin("2026-03-30T14:00")));
    assertThat(clock.pausedSince()).isEmpty();
    assertThat(clock.elapsed(berlin("2026-03-31T12:00"))).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void runsOnPlainTimeAroundTheClock() {
    SlaClock clock =
        SlaClock.start(
                Duration.ofHours(4),
                BusinessCalendar.always("24x7"),
                Instant.parse("2026-03-27T22:00:00Z"))
            .pause(Instant.parse("2026-03-27T23:00:00Z"))
            .resume(Instant.parse("2026-03-27T23:30:00Z"));

    assertThat(clock.dueAt()).contains(Instant.parse("2026-03-28T02:30:00Z"));
    assertThat(clock.elapsed(Instant.parse("2026-03-28T01:00:00Z")))
        .isEqualTo(Duration.ofMinutes(150));
  }

  @Test
  void isImmutable() {
    SlaClock running = startedMonday(Duration.ofHours(8));

    running.pause(berlin("2026-03-30T11:00")).stop(berlin("2026-03-30T12:00"));

    assertThat(running.state()).isEqualTo(State.RUNNING);
    assertThat(running.pauses()).isEmpty();
  }

  @Test
  void refusesToPauseWhenAlreadyPaused() {
    SlaClock paused = startedMonday(Duration.ofHours(8)).pause(berlin("2026-03-30T11:00"));

    assertThatIllegalStateException()
        .isThrownBy(() -> paused.pause(berlin("2026-03-30T12:00")))
        .withMessage("cannot pause: the clock is paused, not running");
  }

  @Test
  void refusesToResumeWhenRunning() {
    assertThatIllegalStateException()
        .isThrownBy(() -> startedMonday(Duration.ofHours(8)).resume(berlin("2026-03-30T12:00")))
        .withMessage("cannot resume: the clock is running, not paused");
  }

  @Test
  void refusesAnyChangeAfterTheStop() {
    SlaClock stopped = startedMonday(Duration.ofHours(8)).stop(berlin("2026-03-30T12:00"));

    assertThatIllegalStateException()
        .isThrownBy(() -> stopped.pause(berlin("2026-03-30T13:00")))
        .withMessage("cannot pause: the clock is stopped, not running");
    assertThatIllegalStateException()
        .isThrownBy(() -> stopped.resume(berlin("2026-03-30T13:00")))
        .withMessage("cannot resume: the clock is stopped, not paused");
    assertThatIllegalStateException()
        .isThrownBy(() -> stopped.stop(berlin("2026-03-30T13:00")))
        .withMessageStartingWith("cannot stop: the clock stopped at ");
  }

  @Test
  void refusesChangesBackInTime() {
    SlaClock paused = startedMonday(Duration.ofHours(8)).pause(berlin("2026-03-30T11:00"));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> paused.resume(berlin("2026-03-30T10:00")))
        .withMessageStartingWith("cannot resume at ")
        .withMessageContaining("before the clock's last change");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> startedMonday(Duration.ofHours(8)).stop(berlin("2026-03-30T08:00")))
        .withMessageStartingWith("cannot stop at ");
  }

  @Test
  void refusesTargetsThatAreNotPositive() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> startedMonday(Duration.ZERO))
        .withMessage("SLA target must be positive: PT0S");
  }

  @Test
  void refusesSharesThatAreNotPositive() {
    SlaClock clock = startedMonday(Duration.ofHours(8));

    assertThatIllegalArgumentException().isThrownBy(() -> clock.warningAt(0));
    assertThatIllegalArgumentException().isThrownBy(() -> clock.warningAt(Double.NaN));
  }
}
