package io.atumdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class SlaPolicyDecisionTests {

  private static final DecisionTableUnderTest TABLE = DecisionTableUnderTest.load("sla-policy");

  @Test
  void compilesWithoutMessages() {
    assertThat(TABLE.compileMessages()).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1} {2} -> {3} / {4} on {5} by {6}")
  @CsvFileSource(resources = "/rules/sla-policy.cases.csv", numLinesToSkip = 1)
  void setsTargetsByTypePriorityAndTier(
      String type,
      String priority,
      String customerTier,
      String firstResponse,
      String resolution,
      String calendar,
      String rule) {
    var evaluation = TABLE.evaluate(inputs(type, priority, customerTier));

    assertThat(evaluation.messages()).isEmpty();
    assertThat(evaluation.output("firstResponseTarget")).isEqualTo(firstResponse);
    assertThat(evaluation.output("resolutionTarget")).isEqualTo(resolution);
    assertThat(evaluation.output("calendar")).isEqualTo(calendar);
    assertThat(evaluation.selectedRuleIds()).containsExactly(rule);
  }

  @ParameterizedTest(name = "{0} {1} {2} by {6}")
  @CsvFileSource(resources = "/rules/sla-policy.cases.csv", numLinesToSkip = 1)
  void givesTargetsJavaCanParseWithTheResponseBeforeTheResolution(
      String type, String priority, String customerTier) {
    var evaluation = TABLE.evaluate(inputs(type, priority, customerTier));

    Duration firstResponse = Duration.parse((String) evaluation.output("firstResponseTarget"));
    Duration resolution = Duration.parse((String) evaluation.output("resolutionTarget"));
    assertThat(firstResponse).isPositive().isLessThan(resolution);
  }

  @Test
  void givesTheDefaultSlaWhenNothingIsKnown() {
    var evaluation = TABLE.evaluate(Map.of());

    assertThat(evaluation.messages()).isEmpty();
    assertThat(evaluation.selectedRuleIds()).containsExactly("sla-default");
  }

  @Test
  void givesAGoldP1IncidentTheFirstOfTheRulesThatMatch() {
    var evaluation = TABLE.evaluate(inputs("INCIDENT", "P1", "gold"));

    assertThat(evaluation.matchedRuleIds())
        .containsExactly("sla-incident-p1-gold", "sla-incident-p1", "sla-incident", "sla-default");
    assertThat(evaluation.selectedRuleIds()).containsExactly("sla-incident-p1-gold");
  }

  @Test
  void casesReachEveryRule() {
    assertThat(TABLE.ruleIdsInCasesFile()).hasSameElementsAs(TABLE.ruleIds());
  }

  @Test
  void keepsTheDefaultSlaLast() {
    assertThat(TABLE.ruleIds()).last().isEqualTo("sla-default");
  }

  private static Map<String, Object> inputs(String type, String priority, String customerTier) {
    var inputs = new HashMap<String, Object>();
    inputs.put("type", type);
    inputs.put("priority", priority);
    inputs.put("customerTier", customerTier);
    return inputs;
  }
}
