package io.atumdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class ChangeRiskDecisionTests {

  private static final DecisionTableUnderTest TABLE = DecisionTableUnderTest.load("change-risk");

  @Test
  void compilesWithoutMessages() {
    assertThat(TABLE.compileMessages()).isEmpty();
  }

  @ParameterizedTest(
      name = "{0} impact {1} criticality {2} rollback {3} success {4} -> {5} {6} by {9}")
  @CsvFileSource(resources = "/rules/change-risk.cases.csv", numLinesToSkip = 1)
  void decidesRiskAndWhoApproves(
      String changeType,
      String impact,
      String criticality,
      Boolean rollbackPlanPresent,
      BigDecimal successRate,
      String risk,
      String approvalRoute,
      BigDecimal cabQuorum,
      Boolean cabVeto,
      String rule) {
    var inputs = new HashMap<String, Object>();
    inputs.put("changeType", changeType);
    inputs.put("impact", impact);
    inputs.put("criticality", criticality);
    inputs.put("rollbackPlanPresent", rollbackPlanPresent);
    inputs.put("successRate", successRate);

    var evaluation = TABLE.evaluate(inputs);

    assertThat(evaluation.messages()).isEmpty();
    assertThat(evaluation.output("risk")).isEqualTo(risk);
    assertThat(evaluation.output("approvalRoute")).isEqualTo(approvalRoute);
    assertThat((BigDecimal) evaluation.output("cabQuorum")).isEqualByComparingTo(cabQuorum);
    assertThat(evaluation.output("cabVeto")).isEqualTo(cabVeto);
    assertThat(evaluation.selectedRuleIds()).containsExactly(rule);
  }

  @Test
  void asksTheChangeManagerWhenNothingIsKnown() {
    var evaluation = TABLE.evaluate(Map.of());

    assertThat(evaluation.messages()).isEmpty();
    assertThat(evaluation.output("approvalRoute")).isEqualTo("MANAGER");
    assertThat(evaluation.selectedRuleIds()).containsExactly("risk-low");
  }

  @Test
  void letsAMissingRollbackPlanOutrankAHighImpact() {
    var evaluation =
        TABLE.evaluate(
            Map.of("changeType", "NORMAL", "impact", "HIGH", "rollbackPlanPresent", false));

    assertThat(evaluation.matchedRuleIds())
        .containsExactly("risk-no-rollback", "risk-high-impact", "risk-low");
    assertThat(evaluation.output("cabVeto")).isEqualTo(true);
  }

  @Test
  void casesReachEveryRule() {
    assertThat(TABLE.ruleIdsInCasesFile()).hasSameElementsAs(TABLE.ruleIds());
  }
}
