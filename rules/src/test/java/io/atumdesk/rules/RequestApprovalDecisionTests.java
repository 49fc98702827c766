package io.atumdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.kie.dmn.api.core.DMNMessage;

class RequestApprovalDecisionTests {

  private static final DecisionTableUnderTest TABLE =
      DecisionTableUnderTest.load("request-approval");

  @Test
  void compilesWithoutMessages() {
    assertThat(TABLE.compileMessages()).isEmpty();
  }

  @ParameterizedTest(name = "{0} costing {1} -> {2} by {3}")
  @CsvFileSource(resources = "/rules/request-approval.cases.csv", numLinesToSkip = 1)
  void asksTheStrictestApproverDue(
      String category, BigDecimal cost, String approvers, String rule) {
    var inputs = new HashMap<String, Object>();
    inputs.put("category", category);
    inputs.put("cost", cost);

    var evaluation = TABLE.evaluate(inputs);

    assertThat(evaluation.messages()).isEmpty();
    assertThat(evaluation.result()).isEqualTo(approvers);
    assertThat(evaluation.selectedRuleIds()).containsExactly(rule);
  }

  @Test
  void letsTheCabOutrankTheManagerWhenBothApply() {
    var evaluation = TABLE.evaluate(Map.of("category", "access", "cost", 5000));

    assertThat(evaluation.matchedRuleIds())
        .containsExactly("approve-access", "approve-costly", "approve-major");
    assertThat(evaluation.selectedRuleIds()).containsExactly("approve-major");
    assertThat(evaluation.result()).isEqualTo("cab");
  }

  @Test
  void givesNoAnswerForACostThatIsNoNumber() {
    var evaluation = TABLE.evaluate(Map.of("category", "hardware", "cost", "cheap"));

    assertThat(evaluation.result()).isNull();
    assertThat(evaluation.selectedRuleIds()).isEmpty();
    assertThat(evaluation.messages())
        .extracting(DMNMessage::getSeverity)
        .doesNotContain(DMNMessage.Severity.ERROR);
  }

  @Test
  void casesReachEveryRule() {
    assertThat(TABLE.ruleIdsInCasesFile()).hasSameElementsAs(TABLE.ruleIds());
  }
}
