package io.atumdesk.sla;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One clock of one service level target, such as first response or resolution: counts working time
 * on its calendar from its start, except while paused (a ticket waiting on its requester), until
 * stopped. Immutable: {@link #pause}, {@link #resume} and {@link #stop} return the changed clock.
 * Only working time counts, so a pause over a night only takes the working hours inside it off the
 * clock.
 *
 * <p>Questions about the future ({@link #dueAt()}, {@link #warningAt(double)}) assume a running
 * clock keeps running. While paused nobody knows when work resumes, so they have no answer unless
 * the moment already lies in the past.
 */
public final class SlaClock {

  /** Where a clock stands. */
  public enum State {
    RUNNING,
    PAUSED,
    STOPPED
  }

  /** A finished pause, from (inclusive) until (exclusive). */
  public record Pause(Instant from, Instant until) {}

  private final Duration target;
  private final BusinessCalendar calendar;
  private final Instant startedAt;
  private final List<Pause> pauses;
  private final Instant pausedSince;
  private final Instant stoppedAt;

  private SlaClock(
      Duration target,
      BusinessCalendar calendar,
      Instant startedAt,
      List<Pause> pauses,
      Instant pausedSince,
      Instant stoppedAt) {
    this.target = target;
    this.calendar = calendar;
    this.startedAt = startedAt;
    this.pauses = List.copyOf(pauses);
    this.pausedSince = pausedSince;
    this.stoppedAt = stoppedAt;
  }

  /** A clock for {@code target} working time on {@code calendar}, running from {@code at}. */
  public static SlaClock start(Duration target, BusinessCalendar calendar, Instant at) {
    requireNonNull(calendar, "calendar");
    requireNonNull(at, "at");
    if (target.isNegative() || target.isZero()) {
      throw new IllegalArgumentException("SLA target must be positive: " + target);
    }
    return new SlaClock(target, calendar, at, List.of(), null, null);
  }

  /** Stops counting at {@code at} until {@link #resume resumed}; only a running clock pauses. */
  public SlaClock pause(Instant at) {
    requireChangeAt(at, State.RUNNING, "pause");
    return new SlaClock(target, calendar, startedAt, pauses, at, null);
  }

  /** Counts again from {@code at}; only a paused clock resumes. */
  public SlaClock resume(Instant at) {
    requireChangeAt(at, State.PAUSED, "resume");
    return new SlaClock(target, calendar, startedAt, withPause(pausedSince, at), null, null);
  }

  /** Stops the clock for good at {@code at}; a paused clock stays paused until then. */
  public SlaClock stop(Instant at) {
    requireNonNull(at, "at");
    if (state() == State.STOPPED) {
      throw new IllegalStateException("cannot stop: the clock stopped at " + stoppedAt);
    }
    requireNotBeforeLastChange(at, "stop");
    List<Pause> finished = pausedSince == null ? pauses : withPause(pausedSince, at);
    return new SlaClock(target, calendar, startedAt, finished, null, at);
  }

  /** Working time counted by {@code now}: working time since the start less that in pauses. */
  public Duration elapsed(Instant now) {
    requireNonNull(now, "now");
    Instant end = stoppedAt != null && stoppedAt.isBefore(now) ? stoppedAt : now;
    Duration total = Duration.ZERO;
    for (Stretch running : runningStretches()) {
      Instant until =
          running.until() == null || running.until().isAfter(end) ? end : running.until();
      total = total.plus(calendar.workingTimeBetween(running.from(), until));
    }
    return total;
  }

  /** Working time left before the target is missed at {@code now}; never negative. */
  public Duration remaining(Instant now) {
    Duration remaining = target.minus(elapsed(now));
    return remaining.isNegative() ? Duration.ZERO : remaining;
  }

  /** Elapsed working time as a percentage of the target, such as 75.0; above 100 when late. */
  public double elapsedShare(Instant now) {
    return 100.0 * elapsed(now).toNanos() / target.toNanos();
  }

  /** Whether the due moment passed before {@code now} (or before the stop, if stopped earlier). */
  public boolean breached(Instant now) {
    Instant end = stoppedAt != null && stoppedAt.isBefore(now) ? stoppedAt : now;
    return dueAt().filter(due -> due.isBefore(end)).isPresent();
  }

  /**
   * When the target is or was reached: in the future if running, in the past if already reached.
   * Empty while paused or after a stop before reaching it.
   */
  public Optional<Instant> dueAt() {
    return reached(target);
  }

  /**
   * When the elapsed share reaches {@code share} of the target (0.75 for 75 %), on the same terms
   * as {@link #dueAt()}.
   */
  public Optional<Instant> warningAt(double share) {
    if (!(share > 0) || Double.isInfinite(share)) {
      throw new IllegalArgumentException("share must be a positive fraction like 0.75: " + share);
    }
    return reached(Duration.ofNanos(Math.round(target.toNanos() * share)));
  }

  public State state() {
    if (stoppedAt != null) {
      return State.STOPPED;
    }
    return pausedSince != null ? State.PAUSED : State.RUNNING;
  }

  public Duration target() {
    return target;
  }

  public BusinessCalendar calendar() {
    return calendar;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public List<Pause> pauses() {
    return pauses;
  }

  public Optional<Instant> pausedSince() {
    return Optional.ofNullable(pausedSince);
  }

  public Optional<Instant> stoppedAt() {
    return Optional.ofNullable(stoppedAt);
  }

  @Override
  public String toString() {
    return "SlaClock[%s of %s on %s since %s, %s]"
        .formatted(state(), target, calendar.id(), startedAt, pauses);
  }

  /** The instant the clock has counted {@code amount}, walking its running stretches in order. */
  private Optional<Instant> reached(Duration amount) {
    Duration left = amount;
    for (Stretch running : runningStretches()) {
      if (running.until() == null) {
        return Optional.of(calendar.addWorkingTime(running.from(), left));
      }
      Duration counted = calendar.workingTimeBetween(running.from(), running.until());
      if (left.compareTo(counted) <= 0) {
        return Optional.of(calendar.addWorkingTime(running.from(), left));
      }
      left = left.minus(counted);
    }
    return Optional.empty();
  }

  /** The stretches between pauses; the last one is open ({@code until} null) while running. */
  private List<Stretch> runningStretches() {
    List<Stretch> stretches = new ArrayList<>();
    Instant from = startedAt;
    for (Pause pause : pauses) {
      stretches.add(new Stretch(from, pause.from()));
      from = pause.until();
    }
    Instant last = pausedSince != null ? pausedSince : stoppedAt;
    stretches.add(new Stretch(from, last));
    return stretches;
  }

  /** A stretch of time the clock ran; {@code until} is null while it still runs. */
  private record Stretch(Instant from, Instant until) {}

  private List<Pause> withPause(Instant from, Instant until) {
    List<Pause> more = new ArrayList<>(pauses);
    more.add(new Pause(from, until));
    return more;
  }

  private void requireChangeAt(Instant at, State expected, String change) {
    requireNonNull(at, "at");
    if (state() != expected) {
      throw new IllegalStateException(
          "cannot %s: the clock is %s, not %s"
              .formatted(change, state().name().toLowerCase(), expected.name().toLowerCase()));
    }
    requireNotBeforeLastChange(at, change);
  }

  private void requireNotBeforeLastChange(Instant at, String change) {
    Instant last = pausedSince != null ? pausedSince : startedAt;
    if (!pauses.isEmpty() && pausedSince == null) {
      last = pauses.get(pauses.size() - 1).until();
    }
    if (at.isBefore(last)) {
      throw new IllegalArgumentException(
          "cannot %s at %s, before the clock's last change at %s".formatted(change, at, last));
    }
  }
}
