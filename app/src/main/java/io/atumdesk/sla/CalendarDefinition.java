package io.atumdesk.sla;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the {@code definition} column holds as JSON: the week and the holidays of a calendar. */
record CalendarDefinition(
    Map<String, List<String>> week, List<String> holidays, List<String> yearlyHolidays) {

  static CalendarDefinition of(CalendarView view) {
    Map<String, List<String>> week = new LinkedHashMap<>();
    view.week().forEach((day, periods) -> week.put(day.name(), periods));
    return new CalendarDefinition(week, view.holidays(), view.yearlyHolidays());
  }

  CalendarForm form(String name, String zone) {
    return new CalendarForm(name, zone, week, holidays, yearlyHolidays);
  }
}
