package io.atumdesk.sla;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTests {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

  static final BusinessCalendar NINE_TO_FIVE =
      BusinessCalendar.builder("business-hours", BERLIN)
          .open(BusinessCalendar.WEEKDAYS, "09:00-17:00")
          .build();

  static Instant at(ZoneId zone, String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
  }

  static Instant berlin(String localDateTime) {
    return at(BERLIN, localDateTime);
  }

  @Test
  void addsPlainDurationsAroundTheClock() {
    BusinessCalendar always = BusinessCalendar.always("24x7");
    Instant start = Instant.parse("2026-03-27T16:00:00Z");

    assertThat(always.addWorkingTime(start, Duration.ofHours(80)))
        .isEqualTo(Instant.parse("2026-03-31T00:00:00Z"));
    assertThat(always.workingTimeBetween(start, Instant.parse("2026-03-31T00:00:00Z")))
        .isEqualTo(Duration.ofHours(80));
    assertThat(always.zone()).isEqualTo(ZoneId.of("UTC").normalized());
    assertThat(always.holidays()).isEmpty();
  }

  @Test
  void countsRealHoursOfWholeLocalDaysWhenClocksChange() {
    BusinessCalendar berlinAroundTheClock =
        BusinessCalendar.builder("24x7-berlin", BERLIN)
            .open(EVERY_DAY, WorkingPeriod.ALL_DAY)
            .holiday(LocalDate.of(2030, 1, 1))
            .build();

    assertThat(
            berlinAroundTheClock.workingTimeBetween(
                berlin("2026-03-29T00:00"), berlin("2026-03-30T00:00")))
        .isEqualTo(Duration.ofHours(23));
    assertThat(
            berlinAroundTheClock.workingTimeBetween(
                berlin("2026-10-25T00:00"), berlin("2026-10-26T00:00")))
        .isEqualTo(Duration.ofHours(25));
    assertThat(
            berlinAroundTheClock.addWorkingTime(berlin("2026-03-28T12:00"), Duration.ofHours(24)))
        .as("24 real hours, which the wall clock shows as 25")
        .isEqualTo(berlin("2026-03-29T13:00"))
        .isEqualTo(berlin("2026-03-28T12:00").plus(Duration.ofHours(24)));
  }

  @Test
  void skipsTheWeekend() {
    assertThat(NINE_TO_FIVE.addWorkingTime(berlin("2026-03-27T16:00"), Duration.ofHours(2)))
        .isEqualTo(berlin("2026-03-30T10:00"));
    assertThat(
            NINE_TO_FIVE.workingTimeBetween(berlin("2026-03-27T16:00"), berlin("2026-03-30T10:00")))
        .isEqualTo(Duration.ofHours(2));
  }

  @Test
  void startsCountingOnSaturdayAtMondaysOpening() {
    assertThat(NINE_TO_FIVE.addWorkingTime(berlin("2026-03-28T11:00"), Duration.ofHours(3)))
        .isEqualTo(berlin("2026-03-30T12:00"));
  }

  @Test
  void startsCountingBeforeOpeningAtTheOpening() {
    assertThat(NINE_TO_FIVE.addWorkingTime(berlin("2026-03-30T06:00"), Duration.ofHours(1)))
        .isEqualTo(berlin("2026-03-30T10:00"));
  }

  @Test
  void startsCountingAfterClosingAtTheNextOpening() {
    assertThat(NINE_TO_FIVE.addWorkingTime(berlin("2026-03-30T18:00"), Duration.ofHours(1)))
        .isEqualTo(berlin("2026-03-31T10:00"));
  }

  @Test
  void endsAtClosingTimeRatherThanAtTheNextOpening() {
    assertThat(NINE_TO_FIVE.addWorkingTime(berlin("2026-03-27T16:00"), Duration.ofHours(1)))
        .isEqualTo(berlin("2026-03-27T17:00"));
  }

  @Test
  void addingNothingStaysAtTheStart() {
    assertThat(NINE_TO_FIVE.addWorkingTime(berlin("2026-03-28T11:00"), Duration.ZERO))
        .isEqualTo(berlin("2026-03-28T11:00"));
  }

  @Test
  void skipsDatedHolidays() {
    BusinessCalendar easter =
        BusinessCalendar.builder("business-hours", BERLIN)
            .open(BusinessCalendar.WEEKDAYS, "09:00-17:00")
            .holiday(LocalDate.of(2026, 4, 3))
            .holiday(LocalDate.of(2026, 4, 6))
            .build();

    assertThat(easter.addWorkingTime(berlin("2026-04-02T16:00"), Duration.ofHours(2)))
        .isEqualTo(berlin("2026-04-07T10:00"));
    assertThat(easter.workingTimeBetween(berlin("2026-04-02T00:00"), berlin("2026-04-08T00:00")))
        .isEqualTo(Duration.ofHours(16));
    assertThat(easter.isHoliday(LocalDate.of(2027, 4, 3))).isFalse();
  }

  @Test
  void skipsYearlyHolidaysEveryYear() {
    BusinessCalendar christmas =
        BusinessCalendar.builder("business-hours", BERLIN)
            .open(BusinessCalendar.WEEKDAYS, "09:00-17:00")
            .yearlyHoliday(MonthDay.of(12, 25))
            .yearlyHoliday(MonthDay.of(1, 1))
            .build();

    assertThat(christmas.addWorkingTime(berlin("2026-12-24T16:00"), Duration.ofHours(2)))
        .as("Friday 2026-12-25 is closed")
        .isEqualTo(berlin("2026-12-28T10:00"));
    assertThat(christmas.addWorkingTime(berlin("2026-12-31T16:00"), Duration.ofHours(2)))
        .as("Friday 2027-01-01 is closed")
        .isEqualTo(berlin("2027-01-04T10:00"));
    assertThat(christmas.addWorkingTime(berlin("2030-12-24T16:00"), Duration.ofHours(2)))
        .as("Wednesday 2030-12-25 is closed")
        .isEqualTo(berlin("2030-12-26T10:00"));
    assertThat(christmas.periodsOn(LocalDate.of(2031, 12, 25))).isEmpty();
  }

  @Test
  void countsOnlyTheHoursAroundTheLunchBreak() {
    BusinessCalendar split =
        BusinessCalendar.builder("business-hours", BERLIN)
            .open(BusinessCalendar.WEEKDAYS, "09:00-12:30", "13:30-17:00")
            .build();

    assertThat(split.addWorkingTime(berlin("2026-03-30T12:00"), Duration.ofHours(1)))
        .isEqualTo(berlin("2026-03-30T14:00"));
    assertThat(split.addWorkingTime(berlin("2026-03-30T12:45"), Duration.ofMinutes(30)))
        .isEqualTo(berlin("2026-03-30T14:00"));
    assertThat(split.workingTimeBetween(berlin("2026-03-30T08:00"), berlin("2026-03-30T18:00")))
        .isEqualTo(Duration.ofHours(7));
  }

  @Test
  void continuesAcrossMidnightWhenPeriodsRunToTheEndOfTheDay() {
    BusinessCalendar nightShift =
        BusinessCalendar.builder("night-shift", BERLIN)
            .open(Set.of(MONDAY), "22:00-24:00")
            .open(Set.of(TUESDAY), "00:00-06:00")
            .build();

    assertThat(nightShift.addWorkingTime(berlin("2026-03-30T23:00"), Duration.ofHours(2)))
        .isEqualTo(berlin("2026-03-31T01:00"));
    assertThat(
            nightShift.workingTimeBetween(berlin("2026-03-30T00:00"), berlin("2026-04-01T00:00")))
        .isEqualTo(Duration.ofHours(8));
  }

  @Test
  void keepsLocalHoursAcrossTheSpringForwardDay() {
    BusinessCalendar everyDay =
        BusinessCalendar.builder("every-day", BERLIN).open(EVERY_DAY, "09:00-17:00").build();

    assertThat(everyDay.addWorkingTime(berlin("2026-03-28T16:00"), Duration.ofHours(2)))
        .isEqualTo(berlin("2026-03-29T10:00"))
        .isEqualTo(Instant.parse("2026-03-29T08:00:00Z"));
    assertThat(everyDay.workingTimeBetween(berlin("2026-03-29T00:00"), berlin("2026-03-30T00:00")))
        .isEqualTo(Duration.ofHours(8));
  }

  @Test
  void keepsLocalHoursAcrossTheFallBackDay() {
    BusinessCalendar everyDay =
        BusinessCalendar.builder("every-day", BERLIN).open(EVERY_DAY, "09:00-17:00").build();

    assertThat(everyDay.addWorkingTime(berlin("2026-10-24T16:00"), Duration.ofHours(2)))
        .isEqualTo(berlin("2026-10-25T10:00"))
        .isEqualTo(Instant.parse("2026-10-25T09:00:00Z"));
    assertThat(everyDay.workingTimeBetween(berlin("2026-10-25T00:00"), berlin("2026-10-26T00:00")))
        .isEqualTo(Duration.ofHours(8));
  }

  @Test
  void keepsLocalHoursOverTheAmericanClockChangeWeekend() {
    BusinessCalendar newYork =
        BusinessCalendar.builder("business-hours-ny", NEW_YORK)
            .open(BusinessCalendar.WEEKDAYS, "09:00-17:00")
            .build();

    assertThat(newYork.addWorkingTime(at(NEW_YORK, "2026-03-06T16:00"), Duration.ofHours(2)))
        .as("Friday 16:00 EST plus two hours is Monday 10:00 EDT")
        .isEqualTo(Instant.parse("2026-03-09T14:00:00Z"));
  }

  @Test
  void readsWorkingHoursInTheCalendarsOwnZone() {
    BusinessCalendar newYork =
        BusinessCalendar.builder("ny", NEW_YORK)
            .open(BusinessCalendar.WEEKDAYS, "09:00-17:00")
            .build();
    BusinessCalendar tokyo =
        BusinessCalendar.builder("tokyo", TOKYO)
            .open(BusinessCalendar.WEEKDAYS, "09:00-17:00")
            .build();
    Instant start = Instant.parse("2026-03-10T00:30:00Z");

    assertThat(newYork.addWorkingTime(start, Duration.ofHours(1)))
        .as("Monday 20:30 in New York, closed until Tuesday 09:00")
        .isEqualTo(at(NEW_YORK, "2026-03-10T10:00"));
    assertThat(tokyo.addWorkingTime(start, Duration.ofHours(1)))
        .as("Tuesday 09:30 in Tokyo, open")
        .isEqualTo(at(TOKYO, "2026-03-10T10:30"));
  }

  @Test
  void measuresBackWhatItAdded() {
    BusinessCalendar calendar =
        BusinessCalendar.builder("business-hours", BERLIN)
            .open(BusinessCalendar.WEEKDAYS, "09:00-12:30", "13:30-17:00")
            .open(Set.of(DayOfWeek.SUNDAY), "01:00-04:00")
            .holiday(LocalDate.of(2026, 4, 3))
            .yearlyHoliday(MonthDay.of(4, 6))
            .build();
    List<Duration> amounts =
        List.of(
            Duration.ZERO,
            Duration.ofMinutes(1),
            Duration.ofMinutes(30),
            Duration.ofHours(1),
            Duration.ofMinutes(210),
            Duration.ofHours(7).plusMinutes(59),
            Duration.ofHours(40),
            Duration.ofDays(30));

    for (Instant start = berlin("2026-03-20T00:00");
        start.isBefore(berlin("2026-04-10T00:00"));
        start = start.plus(Duration.ofMinutes(97))) {
      for (Duration amount : amounts) {
        Instant end = calendar.addWorkingTime(start, amount);
        assertThat(end).as("%s plus %s", start, amount).isAfterOrEqualTo(start);
        assertThat(calendar.workingTimeBetween(start, end))
            .as("%s plus %s", start, amount)
            .isEqualTo(amount);
      }
    }
  }

  @Test
  void addsThirtyDaysOfWorkingTimeAsNinetyWorkingDays() {
    assertThat(NINE_TO_FIVE.addWorkingTime(berlin("2026-01-05T09:00"), Duration.ofDays(30)))
        .isEqualTo(berlin("2026-05-08T17:00"));
    assertThat(NINE_TO_FIVE.addWorkingTime(berlin("2026-01-05T09:00"), Duration.ofDays(3650)))
        .isAfter(berlin("2055-01-01T00:00"));
  }

  @Test
  void measuresNothingWhenTheEndIsNotLater() {
    Instant instant = berlin("2026-03-30T10:00");

    assertThat(NINE_TO_FIVE.workingTimeBetween(instant, instant)).isZero();
    assertThat(NINE_TO_FIVE.workingTimeBetween(instant, instant.minusSeconds(60))).isZero();
  }

  @Test
  void refusesToAddOnACalendarWithoutWorkingHours() {
    BusinessCalendar never = BusinessCalendar.builder("never", BERLIN).build();

    assertThatIllegalStateException()
        .isThrownBy(() -> never.addWorkingTime(berlin("2026-03-30T10:00"), Duration.ofHours(1)))
        .withMessage("calendar never has no working hours");
    assertThat(never.workingTimeBetween(berlin("2026-03-30T10:00"), berlin("2026-04-30T10:00")))
        .isZero();
  }

  @Test
  void givesUpWhenEveryWorkingDayIsAHoliday() {
    BusinessCalendar.Builder builder =
        BusinessCalendar.builder("always-closed", BERLIN).open(Set.of(MONDAY), "09:00-17:00");
    for (LocalDate day = LocalDate.of(2028, 1, 1); day.getYear() == 2028; day = day.plusDays(1)) {
      builder.yearlyHoliday(MonthDay.from(day));
    }
    BusinessCalendar alwaysClosed = builder.build();

    assertThatIllegalStateException()
        .isThrownBy(
            () -> alwaysClosed.addWorkingTime(berlin("2026-03-30T10:00"), Duration.ofHours(1)))
        .withMessageStartingWith("calendar always-closed has no working time in");
  }

  @Test
  void refusesToAddNegativeWorkingTime() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> NINE_TO_FIVE.addWorkingTime(berlin("2026-03-30T10:00"), Duration.ofHours(-1)))
        .withMessageContaining("must not be negative");
  }

  @Test
  void refusesOverlappingPeriods() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                BusinessCalendar.builder("business-hours", BERLIN)
                    .open(Set.of(MONDAY), "09:00-12:30", "12:00-17:00")
                    .build())
        .withMessage("calendar business-hours: MONDAY period 12:00-17:00 overlaps 09:00-12:30");
  }

  @Test
  void refusesPeriodsOutOfOrder() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                BusinessCalendar.builder("business-hours", BERLIN)
                    .open(Set.of(MONDAY), "13:30-17:00", "09:00-12:30")
                    .build())
        .withMessage(
            "calendar business-hours: MONDAY periods must be in order,"
                + " but 09:00-12:30 comes after 13:30-17:00");
  }

  @Test
  void refusesPeriodsThatEndBeforeTheyStart() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WorkingPeriod.parse("17:00-09:00"))
        .withMessage("working period must start before it ends: 17:00-09:00");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WorkingPeriod.parse("09:00-09:00"))
        .withMessage("working period must start before it ends: 09:00-09:00");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WorkingPeriod.parse("nine to five"))
        .withMessage("working period must read like 09:00-17:00: nine to five");
  }

  @Test
  void readsTwentyFourAsTheEndOfTheDay() {
    WorkingPeriod evening = WorkingPeriod.parse("18:00-24:00");

    assertThat(evening.end()).isEqualTo(LocalTime.MAX);
    assertThat(evening.untilEndOfDay()).isTrue();
    assertThat(evening).hasToString("18:00-24:00");
    assertThat(WorkingPeriod.parse("00:00-24:00")).isEqualTo(WorkingPeriod.ALL_DAY);
  }

  @Test
  void isAValueWithoutAliasing() {
    BusinessCalendar.Builder builder =
        BusinessCalendar.builder("business-hours", BERLIN)
            .open(BusinessCalendar.WEEKDAYS, "09:00-17:00");
    BusinessCalendar first = builder.build();
    builder.open(Set.of(DayOfWeek.SATURDAY), "10:00-14:00");

    assertThat(first).isEqualTo(NINE_TO_FIVE);
    assertThat(first.periodsOn(LocalDate.of(2026, 3, 28))).isEmpty();
    assertThat(builder.build()).isNotEqualTo(first);
  }
}
