package io.atumdesk.assist.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Picking central sentences over hand-made unit vectors, so which ones are central is known: most
 * sentences lean towards the first axis, outliers point elsewhere.
 */
class SentencePickingTests {

  @Test
  void picksTheSentencesNearestTheCentroidInTheirOriginalOrder() {
    List<float[]> vectors =
        List.of(
            unit(0, 0, 0, 0, 1, 0, 0), // off topic
            unit(1, 0.8f, 0, 0, 0, 0, 0), // on topic
            unit(0, 0, 0, 0, 0, 1, 0), // off topic
            unit(1, 0, 0.8f, 0, 0, 0, 0), // on topic
            unit(1, 0, 0, 0.8f, 0, 0, 0), // on topic
            unit(0, 0, 0, 0, 0, 0, 1)); // off topic

    assertThat(SentencePicking.central(vectors, 3)).containsExactly(1, 3, 4);
  }

  @Test
  void aNearDuplicateOfAPickedSentenceIsNotPickedAgain() {
    List<float[]> vectors =
        List.of(
            unit(1, 0.8f, 0, 0, 0), // most central
            unit(1, 0.8f, 0, 0, 0), // the same again, as central
            unit(1, 0, 0.8f, 0, 0), // less central, but says something else
            unit(0, 0, 0, 1, 0),
            unit(0, 0, 0, 0, 1));

    assertThat(SentencePicking.central(vectors, 2)).containsExactly(0, 2);
  }

  @Test
  void fewSentencesAreAllKeptAsTheyAre() {
    List<float[]> vectors = List.of(unit(0, 1, 0), unit(1, 0, 0), unit(0, 0, 1));

    assertThat(SentencePicking.central(vectors, 3)).containsExactly(0, 1, 2);
    assertThat(SentencePicking.central(List.of(unit(1, 0, 0)), 3)).containsExactly(0);
  }

  @Test
  void noSentencesPickNothing() {
    assertThat(SentencePicking.central(List.of(), 3)).isEmpty();
  }

  @Test
  void fewerPicksThanAskedWhenTheRestOnlyRepeat() {
    List<float[]> vectors =
        List.of(unit(1, 0, 0), unit(1, 0.01f, 0), unit(1, 0, 0.01f), unit(1, 0.02f, 0));

    assertThat(SentencePicking.central(vectors, 3)).hasSize(1);
  }

  private static float[] unit(float... values) {
    double norm = 0;
    for (float value : values) {
      norm += value * value;
    }
    float[] unit = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      unit[i] = (float) (values[i] / Math.sqrt(norm));
    }
    return unit;
  }
}
