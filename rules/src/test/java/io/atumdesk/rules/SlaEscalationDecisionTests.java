package io.atumdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class SlaEscalationDecisionTests {

  private static final DecisionTableUnderTest TABLE = DecisionTableUnderTest.load("sla-escalation");

  @Test
  void compilesWithoutMessages() {
    assertThat(TABLE.compileMessages()).isEmpty();
  }

  @ParameterizedTest(name = "{0}% {1} {2} frustrated={3} -> [{4}] by [{5}]")
  @CsvFileSource(resources = "/rules/sla-escalation.cases.csv", numLinesToSkip = 1)
  void collectsEveryDueAction(
      BigDecimal elapsedPercent,
      String priority,
      String customerTier,
      Boolean customerFrustrated,
      String actions,
      String rules) {
    var inputs = new HashMap<String, Object>();
    inputs.put("elapsedPercent", elapsedPercent);
    inputs.put("priority", priority);
    inputs.put("customerTier", customerTier);
    inputs.put("customerFrustrated", customerFrustrated);

    var evaluation = TABLE.evaluate(inputs);

    assertThat(evaluation.messages()).isEmpty();
    assertThat(evaluation.result()).isEqualTo(listOf(actions));
    assertThat(evaluation.selectedRuleIds()).isEqualTo(listOf(rules));
    assertThat(evaluation.matchedRuleIds()).isEqualTo(listOf(rules));
  }

  @Test
  void returnsAnEmptyListNotNullWhenNothingIsDue() {
    var evaluation = TABLE.evaluate(Map.of("elapsedPercent", 74, "priority", "P1"));

    assertThat(evaluation.result()).isInstanceOf(List.class).isEqualTo(List.of());
    assertThat(evaluation.selectedRuleIds()).isEmpty();
    assertThat(evaluation.messages()).isEmpty();
  }

  @Test
  void matchesNothingAndReportsNothingForAShareThatIsNoNumber() {
    // kie does not check input types by default: callers must pass a number.
    var evaluation = TABLE.evaluate(Map.of("elapsedPercent", "150", "priority", "P1"));

    assertThat(evaluation.result()).isEqualTo(List.of());
    assertThat(evaluation.messages()).isEmpty();
  }

  @Test
  void aFrustratedCustomerAloneNotifiesTheGroupLeadWithoutAnElapsedShare() {
    var inputs = new HashMap<String, Object>();
    inputs.put("customerFrustrated", true);

    var evaluation = TABLE.evaluate(inputs);

    assertThat(evaluation.result()).isEqualTo(List.of("notify-group-lead"));
    assertThat(evaluation.selectedRuleIds()).containsExactly("escalate-frustrated-customer");
    assertThat(evaluation.messages()).isEmpty();
  }

  @Test
  void casesReachEveryRule() {
    assertThat(TABLE.ruleIdsInCasesFile()).hasSameElementsAs(TABLE.ruleIds());
  }

  private static List<String> listOf(String spaceSeparated) {
    return spaceSeparated == null ? List.of() : List.of(spaceSeparated.split(" "));
  }
}
