package io.atumdesk.decision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DmnTableCompilerTests {

  private final DmnTableCompiler compiler = new DmnTableCompiler();

  @Test
  void rejectsTableWithBrokenFeelNamingFileAndMessage() {
    assertThatThrownBy(() -> compiler.compile("broken.dmn", TestTables.priority("\"P1")))
        .isInstanceOf(DecisionTableCompilationException.class)
        .hasMessageContaining("broken.dmn")
        .hasMessageContaining("ERROR");
  }

  @Test
  void rejectsDoctypeBeforeKieReadsTheFile() {
    String withEntity =
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE definitions [<!ENTITY secret SYSTEM \"secret.txt\">]>\n"
            + new String(TestTables.priority("\"P1\""), StandardCharsets.UTF_8)
                .replaceFirst("<\\?xml[^>]*>", "");

    assertThatThrownBy(
            () -> compiler.compile("entity.dmn", withEntity.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(DecisionTableCompilationException.class)
        .hasMessageContaining("entity.dmn")
        .hasMessageContaining("DOCTYPE is disallowed");
  }

  @Test
  void labelsVersionsByContent() {
    var first = compiler.compile("a.dmn", TestTables.priority("\"P1\"")).get(0);
    var same = compiler.compile("b.dmn", TestTables.priority("\"P1\"")).get(0);
    var changed = compiler.compile("a.dmn", TestTables.priority("\"P2\"")).get(0);

    assertThat(same.version()).isEqualTo(first.version());
    assertThat(changed.version()).isNotEqualTo(first.version());
  }
}
