package io.atumdesk.assist.triage;

import static io.atumdesk.assist.triage.SoftmaxRegressionTests.unit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriageModelTests {

  private static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");

  private static List<LabelledVector> examples() {
    List<LabelledVector> examples = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      float noise = (i % 7) * 0.02f;
      examples.add(
          new LabelledVector(
              unit(new float[] {1, noise, 0, 0}), "vpn drops", "network", "P2", "network-ops"));
      examples.add(
          new LabelledVector(
              unit(new float[] {noise, 1, 0, 0}),
              "printer jams",
              "hardware",
              "P4",
              "service-desk"));
    }
    return examples;
  }

  @Test
  void suggestsEachFieldWithAConfidence() {
    TriageModel model = TriageModel.train(examples(), SoftmaxRegression.Settings.DEFAULT, NOW);

    var suggestions = model.suggest(unit(new float[] {1, 0.05f, 0, 0}), "the vpn drops");

    assertThat(suggestions.get(TriageField.CATEGORY).value()).isEqualTo("network");
    assertThat(suggestions.get(TriageField.PRIORITY).value()).isEqualTo("P2");
    assertThat(suggestions.get(TriageField.ASSIGNMENT_GROUP).value()).isEqualTo("network-ops");
    assertThat(suggestions.get(TriageField.CATEGORY).confidence()).isGreaterThan(0.8);
    assertThat(model.examples()).isEqualTo(120);
    assertThat(model.trainedAt()).isEqualTo(NOW);
  }

  @Test
  void aTextUnlikeAnyKnownTicketGetsNoConfidence() {
    TriageModel model = TriageModel.train(examples(), SoftmaxRegression.Settings.DEFAULT, NOW);

    var suggestions = model.suggest(new float[] {0, 0, 1, 0}, "vpn drops");

    assertThat(model.familiarity(new float[] {0, 0, 1, 0})).isZero();
    assertThat(suggestions.values()).allSatisfy(s -> assertThat(s.confidence()).isZero());
  }

  @Test
  void learnsNoFieldWithOnlyOneLabel() {
    List<LabelledVector> examples = new ArrayList<>();
    examples.add(
        new LabelledVector(unit(new float[] {1, 0}), "vpn", "network", null, "network-ops"));
    examples.add(
        new LabelledVector(unit(new float[] {0, 1}), "printer", "hardware", null, "network-ops"));

    TriageModel model = TriageModel.train(examples, SoftmaxRegression.Settings.DEFAULT, NOW);

    assertThat(model.suggest(unit(new float[] {1, 0}), "vpn"))
        .containsOnlyKeys(TriageField.CATEGORY);
  }

  @Test
  void aModelOfNoTicketsSuggestsNothing() {
    TriageModel model = TriageModel.train(List.of(), SoftmaxRegression.Settings.DEFAULT, NOW);

    assertThat(model.suggest(new float[] {1, 0}, "vpn")).isEmpty();
  }
}
