package io.atumdesk.sla;

import io.atumdesk.ticket.TicketRecords;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SLA clocks of tickets: started by their process, paused and resumed with the ticket's status,
 * stopped by a first answer, a resolution or a completed step. Each change is recorded on the
 * ticket's timeline, and each stored clock knows when its next checkpoint falls due.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class SlaClocks {

  private final SlaClockRecords clocks;
  private final BusinessCalendars calendars;
  private final SlaProperties properties;
  private final TicketRecords records;
  private final Clock clock;

  SlaClocks(
      SlaClockRecords clocks,
      BusinessCalendars calendars,
      SlaProperties properties,
      TicketRecords records,
      Clock clock) {
    this.clocks = clocks;
    this.calendars = calendars;
    this.properties = properties;
    this.records = records;
    this.clock = clock;
  }

  /**
   * Starts the first response and resolution clocks the SLA policy chose for a ticket. A target
   * that is missing or not an ISO-8601 duration, or a calendar the tenant lacks, falls back to the
   * configured default, and the timeline says so: a bad table never stops a ticket.
   */
  public void startTicketClocks(
      Long ticketId, String tenantId, String firstResponse, String resolution, String calendar) {
    Instant now = clock.instant();
    Duration response =
        duration(ticketId, "first response", firstResponse, properties.defaultFirstResponse());
    Duration resolve = duration(ticketId, "resolution", resolution, properties.defaultResolution());
    String calendarId = calendarId(ticketId, tenantId, calendar);
    var started =
        List.of(
            start(
                new SlaClockRecord(
                    tenantId,
                    ticketId,
                    SlaKind.FIRST_RESPONSE,
                    null,
                    null,
                    response,
                    calendarId,
                    now)),
            start(
                new SlaClockRecord(
                    tenantId, ticketId, SlaKind.RESOLUTION, null, null, resolve, calendarId, now)));
    records.recordEvent(
        ticketId,
        "system",
        "SLA started on calendar %s: first response due %s, resolution due %s"
            .formatted(calendarId, started.get(0).dueAt(), started.get(1).dueAt()),
        Map.of(
            "calendar",
            calendarId,
            "firstResponse",
            response.toString(),
            "resolution",
            resolve.toString()));
  }

  private Duration duration(Long ticketId, String what, String value, Duration fallback) {
    try {
      Duration parsed = Duration.parse(value);
      if (!parsed.isNegative() && !parsed.isZero()) {
        return parsed;
      }
    } catch (RuntimeException e) {
      // recorded below
    }
    records.recordEvent(
        ticketId,
        "system",
        "SLA %s target '%s' is not a positive duration; the default %s applies"
            .formatted(what, value, fallback),
        Map.of());
    return fallback;
  }

  private String calendarId(Long ticketId, String tenantId, String calendar) {
    try {
      calendars.forTenant(tenantId, calendar);
      return calendar;
    } catch (RuntimeException e) {
      records.recordEvent(
          ticketId,
          "system",
          "Calendar '%s' does not exist; the default %s applies"
              .formatted(calendar, properties.defaultCalendar()),
          Map.of());
      return properties.defaultCalendar();
    }
  }

  /** Starts the OLA a process step declares, for the task now waiting there. */
  public void startOla(
      Long ticketId,
      String tenantId,
      String stepKey,
      String taskId,
      Duration target,
      String calendar) {
    SlaClockRecord ola =
        start(
            new SlaClockRecord(
                tenantId,
                ticketId,
                SlaKind.OLA,
                stepKey,
                taskId,
                target,
                calendar,
                clock.instant()));
    records.recordEvent(
        ticketId,
        "system",
        "OLA for '%s' started: due %s".formatted(stepKey, ola.dueAt()),
        Map.of("step", stepKey, "target", target.toString(), "calendar", calendar));
  }

  /** The task of an OLA step completed. */
  public void stopOla(String taskId) {
    for (SlaClockRecord ola : clocks.findByTaskId(taskId)) {
      change(
          ola, c -> c.state() == SlaClock.State.STOPPED ? c : c.stop(clock.instant()), "stopped");
    }
  }

  void pauseTicketClocks(Long ticketId) {
    ticketClocks(
        ticketId,
        c -> c.state() == SlaClock.State.RUNNING ? c.pause(clock.instant()) : c,
        "paused");
  }

  void resumeTicketClocks(Long ticketId) {
    ticketClocks(
        ticketId,
        c -> c.state() == SlaClock.State.PAUSED ? c.resume(clock.instant()) : c,
        "resumed");
  }

  void stopTicketClocks(Long ticketId, SlaKind only) {
    for (SlaClockRecord record : clocks.findByTicketIdOrderById(ticketId)) {
      if (only == null || record.kind() == only) {
        change(
            record,
            c -> c.state() == SlaClock.State.STOPPED ? c : c.stop(clock.instant()),
            "stopped");
      }
    }
  }

  @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
  public List<SlaClockView> clocksOf(Long ticketId) {
    Instant now = clock.instant();
    return clocks.findByTicketIdOrderById(ticketId).stream()
        .map(record -> SlaClockView.of(record, record.clock(calendar(record)), now))
        .toList();
  }

  BusinessCalendar calendar(SlaClockRecord record) {
    return calendars.forTenant(record.tenantId(), record.calendarId());
  }

  List<Double> checkpoints() {
    return properties.checkpoints();
  }

  private SlaClockRecord start(SlaClockRecord record) {
    record.update(record.clock(calendar(record)), checkpoints());
    return clocks.save(record);
  }

  private void ticketClocks(
      Long ticketId, java.util.function.UnaryOperator<SlaClock> how, String verb) {
    for (SlaClockRecord record : clocks.findByTicketIdOrderById(ticketId)) {
      if (record.kind() != SlaKind.OLA) {
        change(record, how, verb);
      }
    }
  }

  private void change(
      SlaClockRecord record, java.util.function.UnaryOperator<SlaClock> how, String verb) {
    SlaClock before = record.clock(calendar(record));
    SlaClock after = how.apply(before);
    if (after == before) {
      return;
    }
    record.update(after, checkpoints());
    records.recordEvent(
        record.ticketId(),
        "system",
        "SLA %s %s".formatted(SlaClockView.label(record), verb),
        Map.of(
            "clock", record.kind().name(), "elapsed", after.elapsed(clock.instant()).toString()));
  }
}
