package io.atumdesk.change.web;

import io.atumdesk.change.BlackoutView;
import io.atumdesk.change.CalendarEntry;
import io.atumdesk.change.ChangeCalendar;
import io.atumdesk.change.ChangeScheduling;
import io.atumdesk.core.Actor;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The change calendar page: a week or a month, day by day, with the changes scheduled on each day
 * (conflicts marked in words) and the blackout windows. Times are UTC, as the API gives them.
 */
@Controller
class ChangeCalendarPageController {

  private final ChangeScheduling scheduling;
  private final Clock clock;

  ChangeCalendarPageController(ChangeScheduling scheduling, Clock clock) {
    this.scheduling = scheduling;
    this.clock = clock;
  }

  @GetMapping("/changes/calendar")
  String page(
      Actor actor,
      @RequestParam(defaultValue = "week") String view,
      @RequestParam(required = false) LocalDate date,
      Model model) {
    boolean month = "month".equals(view);
    LocalDate day = date != null ? date : LocalDate.now(clock.withZone(ZoneOffset.UTC));
    LocalDate first =
        month
            ? day.withDayOfMonth(1)
            : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate end = month ? first.plusMonths(1) : first.plusWeeks(1);
    ChangeCalendar calendar = scheduling.calendar(actor, start(first), start(end));
    model.addAttribute("view", month ? "month" : "week");
    model.addAttribute("first", first);
    model.addAttribute("last", end.minusDays(1));
    model.addAttribute("previous", month ? first.minusMonths(1) : first.minusWeeks(1));
    model.addAttribute("next", end);
    model.addAttribute("days", days(calendar, first, end));
    model.addAttribute("empty", calendar.changes().isEmpty() && calendar.blackouts().isEmpty());
    return "change-calendar";
  }

  private static List<Day> days(ChangeCalendar calendar, LocalDate first, LocalDate end) {
    List<Day> days = new ArrayList<>();
    for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
      Instant from = start(day);
      Instant to = start(day.plusDays(1));
      days.add(
          new Day(
              day,
              calendar.changes().stream()
                  .filter(c -> c.start().isBefore(to) && c.end().isAfter(from))
                  .toList(),
              calendar.blackouts().stream()
                  .filter(b -> b.startsAt().isBefore(to) && b.endsAt().isAfter(from))
                  .toList()));
    }
    return days;
  }

  private static Instant start(LocalDate day) {
    return day.atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /** One day of the calendar and what falls on it. */
  record Day(LocalDate date, List<CalendarEntry> changes, List<BlackoutView> blackouts) {}
}
