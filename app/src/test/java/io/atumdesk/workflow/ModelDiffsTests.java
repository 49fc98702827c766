package io.atumdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atumdesk.core.InvalidInputException;
import io.atumdesk.workflow.ModelDiff.Change;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The diff reads what the engine acts on, not the XML's text or layout. */
class ModelDiffsTests {

  private final ModelDiffs diffs = new ModelDiffs();

  @Test
  void layoutAndAttributeOrderAreNoChange() throws IOException {
    String shipped = incident();
    String moved =
        shipped.replace("<dc:Bounds x=\"790\" y=\"180\"", "<dc:Bounds x=\"800\" y=\"200\"");
    ModelDiff diff = diffs.diff(bytes(shipped), bytes(moved));
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.text()).isEqualTo("no change");
  }

  @Test
  void timersConditionsGroupsAndActionParametersAreCompared() throws IOException {
    String shipped = incident();
    String changed =
        shipped
            .replace(
                "<timeDuration>${autoCloseAfter}</timeDuration>",
                "<timeDuration>P5D</timeDuration>")
            .replace("${outcome == 'pending'}", "${outcome == 'waiting'}")
            .replace(
                "flowable:formKey=\"resume-work\">",
                "flowable:formKey=\"resume-work\" flowable:candidateUsers=\"agent\">")
            .replace("stringValue=\"incident-routing\"", "stringValue=\"other-routing\"");

    ModelDiff diff = diffs.diff(bytes(shipped), bytes(changed));

    assertThat(diff.added()).isEmpty();
    assertThat(diff.removed()).isEmpty();
    assertThat(diff.changed())
        .extracting(ModelDiff.ChangedElement::id)
        .containsExactlyInAnyOrder("autoCloseTimer", "pending", "awaitRequester", "routeIncident");
    assertThat(changesOf(diff, "autoCloseTimer"))
        .containsExactly(new Change("timer", "after ${autoCloseAfter}", "after P5D"));
    assertThat(changesOf(diff, "pending"))
        .containsExactly(
            new Change("condition", "${outcome == 'pending'}", "${outcome == 'waiting'}"));
    assertThat(changesOf(diff, "awaitRequester"))
        .containsExactly(new Change("candidateUsers", null, "agent"));
    assertThat(changesOf(diff, "routeIncident"))
        .containsExactly(new Change("parameter decision", "incident-routing", "other-routing"));
    assertThat(diff.summary()).isEqualTo("0 added, 0 removed, 4 changed");
  }

  @Test
  void somethingElseThanAModelIsRefused() {
    assertThatThrownBy(() -> diffs.diff(bytes("<nope"), bytes("<nope")))
        .isInstanceOf(InvalidInputException.class);
  }

  private static java.util.List<Change> changesOf(ModelDiff diff, String id) {
    return diff.changed().stream()
        .filter(e -> e.id().equals(id))
        .findFirst()
        .orElseThrow()
        .changes();
  }

  private static String incident() throws IOException {
    try (InputStream in =
        ModelDiffsTests.class.getResourceAsStream("/processes/incident.bpmn20.xml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
