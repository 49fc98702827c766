package io.atumdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.InvalidInputException.FieldProblem;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalendarFormTests {

  static CalendarForm form(Map<String, List<String>> week, List<String> yearly) {
    return new CalendarForm("Office", "Europe/Berlin", week, List.of("2026-04-03"), yearly);
  }

  @Test
  void compilesPeriodsHolidaysAndTheEndOfTheDay() {
    BusinessCalendar calendar =
        form(Map.of("SATURDAY", List.of("20:00-24:00")), List.of("02-29")).compile("late");

    assertThat(calendar.week().get(DayOfWeek.SATURDAY))
        .containsExactly(WorkingPeriod.of(LocalTime.of(20, 0), LocalTime.MAX));
    assertThat(calendar.holidays()).containsExactly(LocalDate.of(2026, 4, 3));
    assertThat(calendar.yearlyHolidays()).containsExactly(MonthDay.of(2, 29));
  }

  @Test
  void namesEveryFieldToCorrectWithTheCalendarsOwnMessage() {
    var form =
        new CalendarForm(
            "",
            "Mars/Olympus",
            Map.of("MONDAY", List.of("09:00-12:00", "11:00-13:00", "13:00-14:00")),
            List.of("2026-13-01"),
            List.of("02-30"));

    assertThatThrownBy(() -> form.compile("office"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .containsExactlyInAnyOrder(
                        "name", "zone", "week.MONDAY[1]", "holidays[0]", "yearlyHolidays[0]"));
    assertThatThrownBy(() -> form.compile("office"))
        .hasMessageContaining("week.MONDAY[1]")
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .filteredOn(p -> p.field().equals("week.MONDAY[1]"))
                    .extracting(FieldProblem::message)
                    .containsExactly(
                        "calendar office: MONDAY period 11:00-13:00 overlaps 09:00-12:00"));
  }

  @Test
  void refusesSecondsAndIdsThatDoNotFitTheColumn() {
    assertThatThrownBy(
            () -> form(Map.of("MONDAY", List.of("09:00:30-17:00")), List.of()).compile("office"))
        .hasMessageContaining("week.MONDAY[0]");
    assertThatThrownBy(
            () -> form(Map.of("MONDAY", List.of("09:00-17:00")), List.of()).compile("a b"))
        .hasMessageContaining("'id'");
  }
}
