package io.atumdesk.sla;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A business calendar as the API shows it, in the words of {@link CalendarForm}.
 *
 * @param source {@value #TENANT} for a calendar the tenant stored, {@value #SHIPPED} for a default
 *     that comes with ATUM DESK
 */
public record CalendarView(
    String id,
    String name,
    String zone,
    Map<DayOfWeek, List<String>> week,
    List<String> holidays,
    List<String> yearlyHolidays,
    String source) {

  public static final String TENANT = "tenant";
  public static final String SHIPPED = "shipped";

  static CalendarView of(String name, BusinessCalendar calendar, String source) {
    Map<DayOfWeek, List<String>> week = new EnumMap<>(DayOfWeek.class);
    calendar
        .week()
        .forEach((day, periods) -> week.put(day, periods.stream().map(Object::toString).toList()));
    return new CalendarView(
        calendar.id(),
        name,
        calendar.zone().getId(),
        week,
        calendar.holidays().stream().sorted().map(Object::toString).toList(),
        calendar.yearlyHolidays().stream().sorted().map(CalendarForm.MONTH_DAY::format).toList(),
        source);
  }
}
