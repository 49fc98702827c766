package io.atumdesk.sla;

import static java.time.temporal.ChronoUnit.MICROS;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.TenantId;

/**
 * A stored SLA clock: enough to rebuild the {@link SlaClock} value (start, pauses, stop) and what
 * already happened to it (warning, breach, checkpoints reached).
 */
@Entity
@Table(name = "sla_clock")
class SlaClockRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private Long ticketId;

  @Enumerated(EnumType.STRING)
  private SlaKind kind;

  private String stepKey;
  private String taskId;
  private String target;
  private String calendarId;
  private Instant startedAt;
  private String pauses;
  private Instant pausedSince;
  private Instant stoppedAt;
  private Instant dueAt;
  private Instant warnedAt;
  private Instant breachedAt;
  private int checkpointsReached;
  private Instant nextCheckpointAt;
  @Version private long version;

  protected SlaClockRecord() {}

  SlaClockRecord(
      String tenantId,
      Long ticketId,
      SlaKind kind,
      String stepKey,
      String taskId,
      Duration target,
      String calendarId,
      Instant startedAt) {
    this.tenantId = tenantId;
    this.ticketId = ticketId;
    this.kind = kind;
    this.stepKey = stepKey;
    this.taskId = taskId;
    this.target = target.toString();
    this.calendarId = calendarId;
    this.startedAt = startedAt;
    this.pauses = "";
  }

  /** The clock value, on the given calendar. */
  SlaClock clock(BusinessCalendar calendar) {
    SlaClock clock = SlaClock.start(target(), calendar, startedAt);
    for (SlaClock.Pause pause : pauses()) {
      clock = clock.pause(pause.from()).resume(pause.until());
    }
    if (pausedSince != null) {
      clock = clock.pause(pausedSince);
    }
    return stoppedAt != null ? clock.stop(stoppedAt) : clock;
  }

  /**
   * Stores the state of {@code clock}, which must have come from {@link #clock}, and when its next
   * checkpoint (a share of the target, in order) falls due: never while paused or stopped.
   */
  void update(SlaClock clock, List<Double> checkpoints) {
    this.nextCheckpointAt =
        clock.state() == SlaClock.State.RUNNING && checkpointsReached < checkpoints.size()
            ? clock.warningAt(checkpoints.get(checkpointsReached)).orElse(null)
            : null;
    List<String> pairs = new ArrayList<>();
    // At the precision of the timestamp columns (PostgreSQL keeps microseconds): a pause ended by
    // the stop must not end after the stop time read back from the database.
    clock
        .pauses()
        .forEach(
            p -> pairs.add(p.from().truncatedTo(MICROS) + "/" + p.until().truncatedTo(MICROS)));
    this.pauses = String.join(";", pairs);
    this.pausedSince = clock.pausedSince().orElse(null);
    this.stoppedAt = clock.stoppedAt().orElse(null);
    this.dueAt = clock.dueAt().orElse(dueAt);
  }

  List<SlaClock.Pause> pauses() {
    List<SlaClock.Pause> all = new ArrayList<>();
    if (!pauses.isEmpty()) {
      for (String pair : pauses.split(";")) {
        String[] parts = pair.split("/");
        all.add(new SlaClock.Pause(Instant.parse(parts[0]), Instant.parse(parts[1])));
      }
    }
    return all;
  }

  void checkpointReached(double share, Instant at) {
    checkpointsReached++;
    if (share < 1.0 && warnedAt == null) {
      warnedAt = at;
    } else if (share >= 1.0 && breachedAt == null) {
      breachedAt = at;
    }
  }

  Long id() {
    return id;
  }

  String tenantId() {
    return tenantId;
  }

  Long ticketId() {
    return ticketId;
  }

  SlaKind kind() {
    return kind;
  }

  String stepKey() {
    return stepKey;
  }

  String taskId() {
    return taskId;
  }

  Duration target() {
    return Duration.parse(target);
  }

  String calendarId() {
    return calendarId;
  }

  Instant startedAt() {
    return startedAt;
  }

  Instant stoppedAt() {
    return stoppedAt;
  }

  Instant warnedAt() {
    return warnedAt;
  }

  Instant breachedAt() {
    return breachedAt;
  }

  Instant dueAt() {
    return dueAt;
  }

  Instant nextCheckpointAt() {
    return nextCheckpointAt;
  }

  int checkpointsReached() {
    return checkpointsReached;
  }
}
