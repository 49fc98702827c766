package io.atumdesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A clock as the API and pages show it, at one moment. */
public record SlaClockView(
    SlaKind kind,
    String step,
    Duration target,
    String calendar,
    SlaClock.State state,
    Instant startedAt,
    Instant dueAt,
    Duration elapsed,
    Duration remaining,
    double elapsedPercent,
    Instant warnedAt,
    Instant breachedAt,
    Instant stoppedAt,
    List<SlaClock.Pause> pauses,
    Instant pausedSince) {

  static SlaClockView of(SlaClockRecord record, SlaClock clock, Instant now) {
    return new SlaClockView(
        record.kind(),
        record.stepKey(),
        clock.target(),
        record.calendarId(),
        clock.state(),
        clock.startedAt(),
        clock.dueAt().orElse(record.dueAt()),
        clock.elapsed(now),
        clock.remaining(now),
        Math.round(clock.elapsedShare(now) * 10) / 10.0,
        record.warnedAt(),
        record.breachedAt(),
        clock.stoppedAt().orElse(null),
        clock.pauses(),
        clock.pausedSince().orElse(null));
  }

  static String label(SlaClockRecord record) {
    return switch (record.kind()) {
      case FIRST_RESPONSE -> "first response";
      case RESOLUTION -> "resolution";
      case OLA -> "OLA of '" + record.stepKey() + "'";
    };
  }
}
