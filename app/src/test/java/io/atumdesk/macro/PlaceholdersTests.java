package io.atumdesk.macro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atumdesk.core.InvalidInputException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTests {

  static final Map<String, String> VALUES =
      Map.of(
          "ticket.key", "INC-000042",
          "ticket.subject", "VPN drops",
          "requester.firstName", "Chris",
          "agent.name", "Alex Agent");

  @Test
  void replacesEveryAcceptedPlaceholderWithSpacesInsideTheBracesAllowed() {
    String body =
        "Hi {{requester.firstName}}, {{ ticket.key }} ({{ticket.subject}}) - {{agent.name}}";

    assertThat(Placeholders.render(body, VALUES))
        .isEqualTo("Hi Chris, INC-000042 (VPN drops) - Alex Agent");
  }

  @Test
  void rendersAPlaceholderWithoutAValueAsEmpty() {
    assertThat(Placeholders.render("Priority: {{ticket.priority}}.", VALUES))
        .isEqualTo("Priority: .");
  }

  @Test
  void neverRendersAValueAgainNorEvaluatesIt() {
    var values = Map.of("ticket.subject", "{{agent.name}} $1 \\ ${7*7} #{1}");

    assertThat(Placeholders.render("[{{ticket.subject}}]", values))
        .isEqualTo("[{{agent.name}} $1 \\ ${7*7} #{1}]");
  }

  @Test
  void leavesSingleBracesAndUnclosedOnesAsText() {
    assertThat(Placeholders.render("{ticket.key} {{ticket.key", VALUES))
        .isEqualTo("{ticket.key} {{ticket.key");
    assertThat(Placeholders.unknownIn("{ticket.key} {{ticket.key")).isEmpty();
  }

  @Test
  void findsUnknownPlaceholdersInOrderOnce() {
    assertThat(
            Placeholders.unknownIn(
                "{{ticket.key}} {{ticket.owner}} {{ T(java.lang.Runtime) }} {{ticket.owner}} {{}}"))
        .containsExactly("ticket.owner", "T(java.lang.Runtime)", "");
  }

  @Test
  void refusesATemplateNamingTheUnknownAndTheAcceptedPlaceholders() {
    var form =
        new TemplateForm("Greeting", "Hi {{customer.name}}", "en", ReplyTemplate.Visibility.REPLY);

    assertThatThrownBy(form::check)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("unknown placeholders {{customer.name}}")
        .hasMessageContaining("accepted are {{ticket.key}}, {{ticket.subject}}")
        .hasMessageContaining("{{agent.firstName}}");
  }

  @Test
  void refusesAnOverlongBodyAndAMalformedLanguageTogether() {
    var form =
        new TemplateForm(
            "Long",
            "x".repeat(TemplateForm.MAX_BODY + 1),
            "english",
            ReplyTemplate.Visibility.NOTE);

    assertThatThrownBy(form::check)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidInputException.FieldProblem::field)
                    .containsExactly("body", "language"));
  }
}
