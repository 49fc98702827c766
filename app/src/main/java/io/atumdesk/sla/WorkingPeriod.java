package io.atumdesk.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One stretch of working hours in a day, in local wall-clock time: from {@code start} (inclusive)
 * to {@code end} (exclusive). An {@code end} of {@link LocalTime#MAX} means the end of the day,
 * 24:00, so {@code 00:00-24:00} is a whole day and the next day's hours follow without a gap.
 */
public record WorkingPeriod(LocalTime start, LocalTime end) {

  /** The whole day, 00:00-24:00. */
  public static final WorkingPeriod ALL_DAY = new WorkingPeriod(LocalTime.MIDNIGHT, LocalTime.MAX);

  public WorkingPeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException(
          "working period must start before it ends: " + format(start) + "-" + format(end));
    }
  }

  /** A period from {@code start} to {@code end}. */
  public static WorkingPeriod of(LocalTime start, LocalTime end) {
    return new WorkingPeriod(start, end);
  }

  /** Parses {@code "09:00-17:00"}; an end of {@code 24:00} is the end of the day. */
  public static WorkingPeriod parse(String text) {
    String[] parts = text.split("-", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("working period must read like 09:00-17:00: " + text);
    }
    LocalTime end = "24:00".equals(parts[1].strip()) ? LocalTime.MAX : parseTime(parts[1], text);
    return new WorkingPeriod(parseTime(parts[0], text), end);
  }

  /** Whether this period runs until midnight at the end of its day. */
  public boolean untilEndOfDay() {
    return end.equals(LocalTime.MAX);
  }

  /** Whether this period and {@code other} share any time; touching ends do not overlap. */
  public boolean overlaps(WorkingPeriod other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  /** The instant this period starts on {@code date} in {@code zone}. */
  Instant startOn(LocalDate date, ZoneId zone) {
    return ZonedDateTime.of(date, start, zone).toInstant();
  }

  /** The instant this period ends on {@code date} in {@code zone}. */
  Instant endOn(LocalDate date, ZoneId zone) {
    return untilEndOfDay()
        ? date.plusDays(1).atStartOfDay(zone).toInstant()
        : ZonedDateTime.of(date, end, zone).toInstant();
  }

  @Override
  public String toString() {
    return format(start) + "-" + (untilEndOfDay() ? "24:00" : format(end));
  }

  private static LocalTime parseTime(String time, String text) {
    try {
      return LocalTime.parse(time.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("working period must read like 09:00-17:00: " + text, e);
    }
  }

  private static String format(LocalTime time) {
    return time.equals(LocalTime.MAX) ? "24:00" : time.toString();
  }
}
