package io.atumdesk.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.kie.dmn.api.core.DMNMessage;

class IncidentPriorityDecisionTests {

  private static final DecisionTableUnderTest TABLE =
      DecisionTableUnderTest.load("incident-priority");

  @Test
  void compilesWithoutMessages() {
    assertThat(TABLE.compileMessages()).isEmpty();
  }

  @ParameterizedTest(name = "{0} impact, {1} urgency -> {2} by {3}")
  @CsvFileSource(resources = "/rules/incident-priority.cases.csv", numLinesToSkip = 1)
  void prioritisesByImpactAndUrgency(String impact, String urgency, String priority, String rule) {
    var evaluation = TABLE.evaluate(Map.of("impact", impact, "urgency", urgency));

    assertThat(evaluation.messages()).isEmpty();
    assertThat(evaluation.result()).isEqualTo(priority);
    assertThat(evaluation.selectedRuleIds()).containsExactly(rule);
  }

  @Test
  void casesCoverEveryCellOfTheMatrix() {
    assertThat(TABLE.ruleIdsInCasesFile()).containsExactlyInAnyOrderElementsOf(TABLE.ruleIds());
  }

  @Test
  void givesNoPriorityForAnUnknownImpact() {
    var evaluation = TABLE.evaluate(Map.of("impact", "SEVERE", "urgency", "HIGH"));

    assertThat(evaluation.result()).isNull();
    assertThat(evaluation.selectedRuleIds()).isEmpty();
    assertThat(evaluation.messages())
        .extracting(DMNMessage::getSeverity)
        .doesNotContain(DMNMessage.Severity.ERROR);
  }
}
