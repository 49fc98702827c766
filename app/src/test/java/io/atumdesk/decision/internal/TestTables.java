package io.atumdesk.decision.internal;

import java.nio.charset.StandardCharsets;

/** Small DMN files written inline, for the compiler and evaluation edge cases. */
final class TestTables {

  private TestTables() {}

  /** A one-rule UNIQUE table on {@code impact} whose rule outputs the given FEEL text. */
  static byte[] priority(String outputFeel) {
    return table("UNIQUE", rule("only-rule", "-", outputFeel));
  }

  /** A UNIQUE table whose two rules both match everything: an authoring mistake. */
  static byte[] overlapping() {
    return table("UNIQUE", rule("first", "-", "\"P1\"") + rule("second", "-", "\"P2\""));
  }

  private static String rule(String id, String inputEntry, String outputEntry) {
    return """
        <rule id="%s">
          <inputEntry><text>%s</text></inputEntry>
          <outputEntry><text>%s</text></outputEntry>
        </rule>
        """
        .formatted(id, inputEntry, outputEntry);
  }

  private static byte[] table(String hitPolicy, String rules) {
    String xml =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="t" name="t"
                     namespace="https://atumdesk.io/rules/test">
          <inputData id="in" name="impact"><variable name="impact" typeRef="string"/></inputData>
          <decision id="test-table" name="test-table">
            <variable name="test-table" typeRef="string"/>
            <informationRequirement><requiredInput href="#in"/></informationRequirement>
            <decisionTable id="dt" hitPolicy="%s">
              <input id="i1"><inputExpression typeRef="string"><text>impact</text></inputExpression></input>
              <output id="o1" name="priority" typeRef="string"/>
              %s
            </decisionTable>
          </decision>
        </definitions>
        """
            .formatted(hitPolicy, rules);
    return xml.getBytes(StandardCharsets.UTF_8);
  }
}
