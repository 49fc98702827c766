package io.atumdesk.sla;

import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.InvalidInputException.FieldProblem;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A business calendar as a person writes it; {@link #compile} checks every field.
 *
 * @param name shown in lists, such as {@code Berlin office}
 * @param zone the time zone the periods are in, such as {@code Europe/Berlin}
 * @param week working periods per day ({@code MONDAY} to {@code SUNDAY}) like {@code 09:00-12:30},
 *     in order; {@code 24:00} ends a day; days left out are closed
 * @param holidays dates closed once, like {@code 2026-04-03}
 * @param yearlyHolidays days closed every year, like {@code 12-25}
 */
public record CalendarForm(
    String name,
    String zone,
    Map<String, List<String>> week,
    List<String> holidays,
    List<String> yearlyHolidays) {

  /** How yearly holidays are written. */
  static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Pattern PERIOD = Pattern.compile("\\d{2}:\\d{2}-\\d{2}:\\d{2}");
  private static final int MAX_NAME = 200;
  private static final int MAX_ZONE = 64;
  private static final int MAX_PERIODS_PER_DAY = 24;
  private static final int MAX_HOLIDAYS = 1000;
  private static final int MAX_YEARLY_HOLIDAYS = 366;

  /**
   * The calendar this form describes under {@code id}.
   *
   * @throws InvalidInputException naming every field to correct, such as {@code week.MONDAY[1]}
   */
  public BusinessCalendar compile(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new InvalidInputException(
          "id", "must be 1 to 64 letters, digits, dots, dashes or underscores");
    }
    List<FieldProblem> problems = new ArrayList<>();
    checkName(problems);
    ZoneId zoneId = zoneId(problems);
    var calendar = BusinessCalendar.builder(id, zoneId == null ? ZoneOffset.UTC : zoneId);
    openWeek(id, calendar, problems);
    parseEach("holidays", holidays, MAX_HOLIDAYS, CalendarForm::date, problems)
        .forEach(calendar::holiday);
    parseEach("yearlyHolidays", yearlyHolidays, MAX_YEARLY_HOLIDAYS, CalendarForm::day, problems)
        .forEach(calendar::yearlyHoliday);
    if (problems.size() == 1) {
      throw new InvalidInputException(problems.get(0).field(), problems.get(0).message());
    }
    if (!problems.isEmpty()) {
      String fields = String.join(", ", problems.stream().map(FieldProblem::field).toList());
      throw new InvalidInputException("Please correct: " + fields + ".", problems);
    }
    return calendar.build();
  }

  private void checkName(List<FieldProblem> problems) {
    if (name == null || name.isBlank()) {
      problems.add(new FieldProblem("name", "must not be blank"));
    } else if (name.length() > MAX_NAME) {
      problems.add(new FieldProblem("name", "must be at most " + MAX_NAME + " characters"));
    }
  }

  private ZoneId zoneId(List<FieldProblem> problems) {
    try {
      if (zone != null && zone.length() <= MAX_ZONE) {
        return ZoneId.of(zone);
      }
    } catch (DateTimeException e) {
      // reported below
    }
    problems.add(new FieldProblem("zone", "must be a time zone such as Europe/Berlin or UTC"));
    return null;
  }

  private void openWeek(String id, BusinessCalendar.Builder calendar, List<FieldProblem> problems) {
    if (week == null || week.values().stream().allMatch(p -> p == null || p.isEmpty())) {
      problems.add(new FieldProblem("week", "must open on at least one day"));
      return;
    }
    week.forEach(
        (dayName, periods) -> {
          DayOfWeek day =
              Arrays.stream(DayOfWeek.values())
                  .filter(d -> d.name().equals(dayName))
                  .findFirst()
                  .orElse(null);
          if (day == null) {
            String days =
                String.join(", ", Arrays.stream(DayOfWeek.values()).map(Enum::name).toList());
            problems.add(new FieldProblem("week." + dayName, "is not a day; use one of " + days));
          } else {
            calendar.open(Set.of(day), periods(id, day, periods, problems));
          }
        });
  }

  /**
   * A day's periods that read well and follow the ones before in order without overlap, as the
   * calendar itself checks them; the others are reported as {@code week.DAY[index]}.
   */
  private static WorkingPeriod[] periods(
      String id, DayOfWeek day, List<String> texts, List<FieldProblem> problems) {
    List<WorkingPeriod> valid = new ArrayList<>();
    String field = "week." + day.name();
    if (texts != null && texts.size() > MAX_PERIODS_PER_DAY) {
      problems.add(
          new FieldProblem(field, "must have at most " + MAX_PERIODS_PER_DAY + " periods"));
    } else if (texts != null) {
      for (int i = 0; i < texts.size(); i++) {
        try {
          WorkingPeriod period = period(texts.get(i));
          BusinessCalendar.builder(id, ZoneOffset.UTC)
              .open(Set.of(day), valid.toArray(WorkingPeriod[]::new))
              .open(Set.of(day), period)
              .build();
          valid.add(period);
        } catch (IllegalArgumentException e) {
          problems.add(new FieldProblem(field + "[" + i + "]", e.getMessage()));
        }
      }
    }
    return valid.toArray(WorkingPeriod[]::new);
  }

  private static WorkingPeriod period(String text) {
    if (text == null || !PERIOD.matcher(text).matches()) {
      throw new IllegalArgumentException("working period must read like 09:00-17:00: " + text);
    }
    return WorkingPeriod.parse(text);
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(String.valueOf(text));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("must be a date like 2026-04-03: " + text);
    }
  }

  private static MonthDay day(String text) {
    try {
      return MonthDay.parse(String.valueOf(text), MONTH_DAY);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("must be a day of the year like 12-25: " + text);
    }
  }

  /** Each entry parsed; those that fail are reported as {@code field[index]}. Missing is empty. */
  private static <T> List<T> parseEach(
      String field,
      List<String> texts,
      int max,
      Function<String, T> parse,
      List<FieldProblem> problems) {
    if (texts == null) {
      return List.of();
    }
    if (texts.size() > max) {
      problems.add(new FieldProblem(field, "must have at most " + max + " entries"));
      return List.of();
    }
    List<T> parsed = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      try {
        parsed.add(parse.apply(texts.get(i)));
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem(field + "[" + i + "]", e.getMessage()));
      }
    }
    return parsed;
  }
}
