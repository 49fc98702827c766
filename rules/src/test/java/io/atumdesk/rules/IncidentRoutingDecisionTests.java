package io.atumdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class IncidentRoutingDecisionTests {

  private static final DecisionTableUnderTest TABLE =
      DecisionTableUnderTest.load("incident-routing");

  @Test
  void compilesWithoutMessages() {
    assertThat(TABLE.compileMessages()).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1} by {2}")
  @CsvFileSource(resources = "/rules/incident-routing.cases.csv", numLinesToSkip = 1)
  void routesByCategory(String category, String assignmentGroup, String rule) {
    var evaluation = TABLE.evaluate(Map.of("category", category));

    assertThat(evaluation.messages()).isEmpty();
    assertThat(evaluation.result()).isEqualTo(assignmentGroup);
    assertThat(evaluation.selectedRuleIds()).containsExactly(rule);
  }

  @Test
  void casesReachEveryRule() {
    assertThat(TABLE.ruleIdsInCasesFile()).containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }

  @Test
  void keepsTheCatchAllLast() {
    assertThat(TABLE.ruleIds()).last().isEqualTo("route-default");
  }
}
