package io.atumdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Literal timer values are ISO-8601 of their kind, or refused with an example. */
class IsoTimerTests {

  @ParameterizedTest
  @CsvSource({
    "duration, PT4H",
    "duration, P1DT30M",
    "duration, P2W",
    "date, 2026-12-24T09:00:00Z",
    "date, 2026-12-24T09:00",
    "cycle, R3/PT10M",
    "cycle, R/2026-12-24T09:00:00Z/P1D"
  })
  void acceptsIsoValues(String kind, String value) {
    assertThat(IsoTimer.problem(kind, value)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "duration, 4 hours",
    "duration, P",
    "duration, PT",
    "date, 24.12.2026",
    "cycle, PT10M",
    "cycle, 0 0 9 * * ?"
  })
  void refusesEverythingElse(String kind, String value) {
    assertThat(IsoTimer.problem(kind, value)).get().asString().contains("not ISO-8601");
  }
}
