package io.atumdesk.sla;

import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When work happens: working periods per weekday in local wall-clock time of {@link #zone()}, and
 * holidays on which nothing counts, either dated (Good Friday 2026) or every year (12-25).
 *
 * <p>Working time is real elapsed time inside those local periods. A 09:00-17:00 period is eight
 * hours on every day, including days when the clocks change, because the change happens at night. A
 * period that the change cuts through is shorter or longer by the shift: a whole day (00:00-24:00)
 * lasts 23 hours when the clocks go forward and 25 when they go back. Whole days follow each other
 * without gaps, so on a calendar open all the time adding working time is plain {@code Instant}
 * arithmetic, whatever its zone.
 */
public record BusinessCalendar(
    String id,
    ZoneId zone,
    Map<DayOfWeek, List<WorkingPeriod>> week,
    Set<LocalDate> holidays,
    Set<MonthDay> yearlyHolidays) {

  /** Monday to Friday. */
  public static final Set<DayOfWeek> WEEKDAYS =
      Collections.unmodifiableSet(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

  /** Past this many days without a minute of work, a search gives up instead of looping on. */
  private static final int MAX_DAYS_WITHOUT_WORK = 8 * 366;

  public BusinessCalendar {
    requireNonNull(id, "id");
    requireNonNull(zone, "zone");
    if (id.isBlank()) {
      throw new IllegalArgumentException("calendar id must not be blank");
    }
    week = checkedWeek(id, week);
    holidays = Set.copyOf(holidays);
    yearlyHolidays = Set.copyOf(yearlyHolidays);
  }

  /** Open around the clock every day, in UTC, without holidays. */
  public static BusinessCalendar always(String id) {
    return builder(id, ZoneOffset.UTC)
        .open(EnumSet.allOf(DayOfWeek.class), WorkingPeriod.ALL_DAY)
        .build();
  }

  /** Starts a calendar that is closed until {@link Builder#open opened}. */
  public static Builder builder(String id, ZoneId zone) {
    return new Builder(id, zone);
  }

  /** Whether {@code date} is a dated or yearly holiday. */
  public boolean isHoliday(LocalDate date) {
    return holidays.contains(date) || yearlyHolidays.contains(MonthDay.from(date));
  }

  /** The working periods on {@code date}: none on holidays and closed weekdays. */
  public List<WorkingPeriod> periodsOn(LocalDate date) {
    return isHoliday(date) ? List.of() : week.getOrDefault(date.getDayOfWeek(), List.of());
  }

  /**
   * The instant at which {@code amount} of working time has passed after {@code start}. A start
   * outside working hours counts from the next opening; an amount that ends exactly at a closing
   * time gives that closing time, not the next opening.
   *
   * @throws IllegalStateException if the calendar has no working hours
   */
  public Instant addWorkingTime(Instant start, Duration amount) {
    requireNonNull(start, "start");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("working time to add must not be negative: " + amount);
    }
    if (week.isEmpty()) {
      throw new IllegalStateException("calendar " + id + " has no working hours");
    }
    if (amount.isZero() || isAlwaysOpen()) {
      return start.plus(amount);
    }
    Duration left = amount;
    LocalDate date = LocalDate.ofInstant(start, zone).minusDays(1);
    for (int idleDays = 0; idleDays <= MAX_DAYS_WITHOUT_WORK; date = date.plusDays(1)) {
      idleDays++;
      for (Window window : windowsOn(date)) {
        Instant from = window.start().isAfter(start) ? window.start() : start;
        if (from.isBefore(window.end())) {
          Duration available = Duration.between(from, window.end());
          if (left.compareTo(available) <= 0) {
            return from.plus(left);
          }
          left = left.minus(available);
          idleDays = 0;
        }
      }
    }
    throw new IllegalStateException(
        "calendar " + id + " has no working time in " + MAX_DAYS_WITHOUT_WORK + " days to " + date);
  }

  /** The working time between {@code from} and {@code to}; zero unless {@code to} is later. */
  public Duration workingTimeBetween(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    if (isAlwaysOpen()) {
      return Duration.between(from, to);
    }
    Duration total = Duration.ZERO;
    LocalDate last = LocalDate.ofInstant(to, zone);
    for (LocalDate date = LocalDate.ofInstant(from, zone).minusDays(1);
        !date.isAfter(last);
        date = date.plusDays(1)) {
      for (Window window : windowsOn(date)) {
        Instant start = window.start().isAfter(from) ? window.start() : from;
        Instant end = window.end().isBefore(to) ? window.end() : to;
        if (start.isBefore(end)) {
          total = total.plus(Duration.between(start, end));
        }
      }
    }
    return total;
  }

  private boolean isAlwaysOpen() {
    return holidays.isEmpty()
        && yearlyHolidays.isEmpty()
        && week.size() == DayOfWeek.values().length
        && week.values().stream().allMatch(List.of(WorkingPeriod.ALL_DAY)::equals);
  }

  private List<Window> windowsOn(LocalDate date) {
    return periodsOn(date).stream()
        .map(period -> new Window(period.startOn(date, zone), period.endOn(date, zone)))
        .filter(window -> window.start().isBefore(window.end()))
        .toList();
  }

  private static Map<DayOfWeek, List<WorkingPeriod>> checkedWeek(
      String id, Map<DayOfWeek, List<WorkingPeriod>> week) {
    Map<DayOfWeek, List<WorkingPeriod>> checked = new EnumMap<>(DayOfWeek.class);
    week.forEach(
        (day, periods) -> {
          List<WorkingPeriod> copy = List.copyOf(periods);
          for (int i = 1; i < copy.size(); i++) {
            WorkingPeriod before = copy.get(i - 1);
            WorkingPeriod after = copy.get(i);
            if (after.start().isBefore(before.start())) {
              throw new IllegalArgumentException(
                  "calendar %s: %s periods must be in order, but %s comes after %s"
                      .formatted(id, day, after, before));
            }
            if (before.overlaps(after)) {
              throw new IllegalArgumentException(
                  "calendar %s: %s period %s overlaps %s".formatted(id, day, after, before));
            }
          }
          if (!copy.isEmpty()) {
            checked.put(day, copy);
          }
        });
    return Collections.unmodifiableMap(checked);
  }

  /** A working period placed on the time line. */
  private record Window(Instant start, Instant end) {}

  /** Collects working periods and holidays; {@link #build()} checks them. */
  public static final class Builder {

    private final String id;
    private final ZoneId zone;
    private final Map<DayOfWeek, List<WorkingPeriod>> week = new EnumMap<>(DayOfWeek.class);
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<MonthDay> yearlyHolidays = new HashSet<>();

    private Builder(String id, ZoneId zone) {
      this.id = id;
      this.zone = zone;
    }

    /** Adds working periods to each of {@code days}, after any already added. */
    public Builder open(Set<DayOfWeek> days, WorkingPeriod... periods) {
      for (DayOfWeek day : days) {
        week.computeIfAbsent(day, any -> new java.util.ArrayList<>())
            .addAll(Arrays.asList(periods));
      }
      return this;
    }

    /** Adds working periods written like {@code "09:00-12:30"} to each of {@code days}. */
    public Builder open(Set<DayOfWeek> days, String... periods) {
      return open(
          days, Arrays.stream(periods).map(WorkingPeriod::parse).toArray(WorkingPeriod[]::new));
    }

    /** Closes {@code date}, once. */
    public Builder holiday(LocalDate date) {
      holidays.add(requireNonNull(date, "date"));
      return this;
    }

    /** Closes {@code day} every year. */
    public Builder yearlyHoliday(MonthDay day) {
      yearlyHolidays.add(requireNonNull(day, "day"));
      return this;
    }

    /**
     * The calendar.
     *
     * @throws IllegalArgumentException if a day's periods are out of order or overlap
     */
    public BusinessCalendar build() {
      return new BusinessCalendar(id, zone, week, holidays, yearlyHolidays);
    }
  }
}
