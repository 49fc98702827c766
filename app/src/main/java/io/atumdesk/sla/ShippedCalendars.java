package io.atumdesk.sla;

import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * The calendars every tenant has without storing any. A tenant's stored calendar with the same id
 * overrides one for that tenant only.
 */
final class ShippedCalendars {

  /** A shipped calendar and the name lists show for it. */
  record Shipped(String name, BusinessCalendar calendar) {
    CalendarView view() {
      return CalendarView.of(name, calendar, CalendarView.SHIPPED);
    }
  }

  private static final Map<String, Shipped> ALL =
      Map.of(
          BusinessCalendars.AROUND_THE_CLOCK,
          new Shipped(
              "Around the clock", BusinessCalendar.always(BusinessCalendars.AROUND_THE_CLOCK)),
          BusinessCalendars.BUSINESS_HOURS,
          new Shipped(
              "Business hours, Berlin",
              BusinessCalendar.builder(BusinessCalendars.BUSINESS_HOURS, ZoneId.of("Europe/Berlin"))
                  .open(BusinessCalendar.WEEKDAYS, "09:00-17:00")
                  .yearlyHoliday(MonthDay.of(1, 1))
                  .yearlyHoliday(MonthDay.of(5, 1))
                  .yearlyHoliday(MonthDay.of(10, 3))
                  .yearlyHoliday(MonthDay.of(12, 25))
                  .yearlyHoliday(MonthDay.of(12, 26))
                  .build()));

  private ShippedCalendars() {}

  static Optional<Shipped> find(String id) {
    return Optional.ofNullable(ALL.get(id));
  }

  static Map<String, Shipped> all() {
    return ALL;
  }
}
