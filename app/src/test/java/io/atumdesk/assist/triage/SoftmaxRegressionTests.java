package io.atumdesk.assist.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SoftmaxRegressionTests {

  /** Three clusters of unit vectors around three axes, with noise. */
  private static void clusters(List<float[]> vectors, List<String> labels, int each, long seed) {
    Random random = new Random(seed);
    String[] names = {"network", "hardware", "access"};
    for (int i = 0; i < each * names.length; i++) {
      int c = i % names.length;
      float[] v = new float[8];
      for (int f = 0; f < v.length; f++) {
        v[f] = (float) (random.nextGaussian() * 0.3);
      }
      v[c] += 1;
      vectors.add(unit(v));
      labels.add(names[c]);
    }
  }

  static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    float[] u = new float[v.length];
    for (int f = 0; f < v.length; f++) {
      u[f] = (float) (v[f] / Math.sqrt(norm));
    }
    return u;
  }

  @Test
  void learnsClustersAndIsSureOfTheirCentres() {
    List<float[]> vectors = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    clusters(vectors, labels, 100, 1);

    var model = SoftmaxRegression.train(vectors, labels, SoftmaxRegression.Settings.DEFAULT);

    assertThat(model.labels()).containsExactly("access", "hardware", "network");
    var centre = model.predict(new float[] {0, 1, 0, 0, 0, 0, 0, 0});
    assertThat(centre.label()).isEqualTo("hardware");
    assertThat(centre.probability()).isGreaterThan(0.9);
    List<float[]> unseen = new ArrayList<>();
    List<String> truth = new ArrayList<>();
    clusters(unseen, truth, 50, 2);
    long right = 0;
    for (int i = 0; i < unseen.size(); i++) {
      right += model.predict(unseen.get(i)).label().equals(truth.get(i)) ? 1 : 0;
    }
    assertThat(right / (double) unseen.size()).isGreaterThan(0.95);
  }

  @Test
  void isUnsureBetweenTwoClusters() {
    List<float[]> vectors = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    clusters(vectors, labels, 100, 1);
    var model = SoftmaxRegression.train(vectors, labels, SoftmaxRegression.Settings.DEFAULT);

    var between = model.predict(unit(new float[] {1, 1, 0, 0, 0, 0, 0, 0}));

    assertThat(between.probability()).isLessThan(0.7);
  }

  @Test
  void sameExamplesGiveTheSameModel() {
    List<float[]> vectors = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    clusters(vectors, labels, 30, 3);
    float[] probe = unit(new float[] {0.5f, 0.2f, 0.7f, 0, 0, 0, 0, 0.1f});

    var first = SoftmaxRegression.train(vectors, labels, SoftmaxRegression.Settings.DEFAULT);
    var second = SoftmaxRegression.train(vectors, labels, SoftmaxRegression.Settings.DEFAULT);

    assertThat(first.predict(probe)).isEqualTo(second.predict(probe));
  }

  @Test
  void refusesVectorsWithoutLabels() {
    assertThatThrownBy(
            () ->
                SoftmaxRegression.train(
                    List.of(new float[] {1}), List.of(), SoftmaxRegression.Settings.DEFAULT))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
