package io.atumdesk.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.InvalidInputException.FieldProblem;
import io.atumdesk.form.FormSchemas.TimelineText;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The shipped forms as the server reads them: which are approvals, what goes on the timeline. */
class FormSchemasTests {

  final FormSchemas forms = load();

  @Test
  void knowsApprovalFormsByTheirKind() {
    assertThat(forms.isApproval("approve-change")).isTrue();
    assertThat(forms.isApproval("confirm-resolution")).isFalse();
    assertThat(forms.isApproval("no-such-form")).isFalse();
    assertThat(forms.isApproval(null)).isFalse();
  }

  @Test
  void putsAVoteOnTheTimelineByItsLabelTogetherWithItsReason() {
    var accepted =
        forms.validate("approve-change", Map.of("decision", "reject", "reason", "No rollback"));

    assertThat(forms.timelineTexts("approve-change", accepted))
        .containsExactly(new TimelineText("Rejected\nNo rollback", false));
  }

  @Test
  void putsAnApprovalOnTheTimelineWithItsComment() {
    var accepted =
        forms.validate("approve-change", Map.of("decision", "approve", "comment", "Fine"));

    assertThat(forms.timelineTexts("approve-change", accepted))
        .containsExactly(new TimelineText("Approved\nFine", false));
  }

  @Test
  void refusesARejectionWithoutAReason() {
    assertThatThrownBy(
            () -> forms.validate("approve-change", Map.of("decision", "reject", "comment", "x")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("reason"));
  }

  @Test
  void acceptsAStartDateOnlyAsAnIsoDate() {
    Map<String, Object> hire =
        new java.util.HashMap<>(
            Map.of("newHireName", "Sam", "department", "hr", "equipment", "laptop"));
    hire.put("startDate", "2027-01-04");
    assertThat(forms.validate("order-onboarding", hire)).containsEntry("startDate", "2027-01-04");

    hire.put("startDate", "04.01.2027");
    assertThatThrownBy(() -> forms.validate("order-onboarding", hire))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(new FieldProblem("startDate", "must be a date (YYYY-MM-DD)")));
  }

  private static FormSchemas load() {
    try {
      // No tenant is set on this thread, so only the shipped forms are read, never a database.
      return new FormSchemas(JsonMapper.builder().build(), new FormVersions(null));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
