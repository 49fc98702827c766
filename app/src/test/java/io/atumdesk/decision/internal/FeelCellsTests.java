package io.atumdesk.decision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a cell of a decision table may hold, read on its text. */
class FeelCellsTests {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"P1\"",
        "-",
        ">= 100",
        "[1..5)",
        "\"P1\",\"P2\"",
        "not(\"gold\")",
        "date and time(\"2026-01-01T00:00:00\")",
        "upper case(\"p1\")",
        "if x > 1 then (1) else (2)",
        "\"now() is only text\""
      })
  void allowsLiteralsComparisonsAndPureBuiltIns(String cell) {
    assertThat(FeelCells.problem(cell)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "now()",
        "get value(m, \"k\")",
        "java.lang.System.exit(0)",
        "function(x) x",
        "x external"
      })
  void refusesOtherCallsAndFunctionDefinitions(String cell) {
    assertThat(FeelCells.problem(cell)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(ints = {501})
  void refusesLongCells(int length) {
    assertThat(FeelCells.problem("\"" + "a".repeat(length) + "\""))
        .get()
        .asString()
        .contains("at most 500");
  }
}
