package io.atumdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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

  @ParameterizedTest(name = "{0} {1} {2} {3} {4} -> {5} {6} by {7}")
  @CsvFileSource(resources = "/rules/incident-routing.cases.csv", numLinesToSkip = 1)
  void routesToAGroupAndSkill(
      String category,
      String service,
      String customerTier,
      String language,
      String channel,
      String assignmentGroup,
      String requiredSkill,
      String rule) {
    var inputs = new HashMap<String, Object>();
    inputs.put("category", category);
    inputs.put("service", service);
    inputs.put("customerTier", customerTier);
    inputs.put("language", language);
    inputs.put("channel", channel);

    var evaluation = TABLE.evaluate(inputs);

    assertThat(evaluation.messages()).isEmpty();
    assertThat(evaluation.output("assignmentGroup")).isEqualTo(assignmentGroup);
    assertThat(evaluation.output("requiredSkill")).isEqualTo(requiredSkill);
    assertThat(evaluation.selectedRuleIds()).containsExactly(rule);
  }

  @Test
  void routesByCategoryAloneAsTheAppCallsIt() {
    var evaluation = TABLE.evaluate(Map.of("category", "network"));

    assertThat(evaluation.messages()).isEmpty();
    assertThat(evaluation.output("assignmentGroup")).isEqualTo("network-ops");
    assertThat(evaluation.output("requiredSkill")).isNull();
    assertThat(evaluation.selectedRuleIds()).containsExactly("route-network");
  }

  @Test
  void casesReachEveryRule() {
    assertThat(TABLE.ruleIdsInCasesFile()).hasSameElementsAs(TABLE.ruleIds());
  }

  @Test
  void keepsTheCatchAllLast() {
    assertThat(TABLE.ruleIds()).last().isEqualTo("route-default");
  }
}
