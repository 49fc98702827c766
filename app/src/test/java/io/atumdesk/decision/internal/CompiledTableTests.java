package io.atumdesk.decision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atumdesk.decision.DecisionEvaluationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompiledTableTests {

  private final DmnTableCompiler compiler = new DmnTableCompiler();

  @Test
  void failsWhenTwoRulesOfAUniqueTableMatch() {
    CompiledTable table = compiler.compile("overlap.dmn", TestTables.overlapping()).get(0);

    assertThatThrownBy(() -> table.evaluate(Map.of("impact", "HIGH")))
        .isInstanceOf(DecisionEvaluationException.class)
        .hasMessageContaining("test-table");
  }

  @Test
  void treatsAMissingInputAsNull() {
    CompiledTable table = compiler.compile("any.dmn", TestTables.priority("\"P3\"")).get(0);

    assertThat(table.evaluate(Map.of()).outputs()).containsEntry("priority", "P3");
  }

  @Test
  void refusesAnOutputOfTheWrongType() {
    CompiledTable table = compiler.compile("number.dmn", TestTables.priority("2 + 3")).get(0);

    assertThatThrownBy(() -> table.evaluate(Map.of("impact", "LOW")))
        .isInstanceOf(DecisionEvaluationException.class)
        .hasMessageContaining("not of type string");
  }
}
