package io.atumdesk.assist.triage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One tenant's trained triage: a classifier per field, and a sample of the vectors it learnt from.
 *
 * <p>A softmax is sure of something for any input, even for noise or a script the embedding model
 * never saw. So each probability is scaled by how familiar the text is: its best cosine similarity
 * to the sample, mapped from [{@code UNFAMILIAR}, {@code FAMILIAR}] onto [0, 1]. Garbage and
 * unknown scripts land far from every real ticket and so answer with a low confidence, never an
 * error.
 */
public final class TriageModel {

  static final double UNFAMILIAR = 0.30;
  static final double FAMILIAR = 0.55;
  // Enough to cover every kind of ticket a tenant has; each triage compares against all of them.
  private static final int SAMPLE = 1000;

  private final Map<TriageField, SoftmaxRegression> classifiers;
  private final float[][] sample;
  private final int examples;
  private final Instant trainedAt;

  TriageModel(
      Map<TriageField, SoftmaxRegression> classifiers,
      float[][] sample,
      int examples,
      Instant trainedAt) {
    this.classifiers = classifiers;
    this.sample = sample;
    this.examples = examples;
    this.trainedAt = trainedAt;
  }

  /** Trains a classifier for each field that at least two labels are known for. */
  public static TriageModel train(
      List<LabelledVector> examples, SoftmaxRegression.Settings settings, Instant now) {
    Map<TriageField, SoftmaxRegression> classifiers = new EnumMap<>(TriageField.class);
    for (TriageField field : TriageField.values()) {
      List<float[]> vectors = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (LabelledVector example : examples) {
        if (example.label(field) != null) {
          vectors.add(TextFeatures.join(example.vector(), example.text()));
          labels.add(example.label(field));
        }
      }
      if (labels.stream().distinct().count() >= 2) {
        classifiers.put(
            field, SoftmaxRegression.train(vectors, labels, settings.scaledTo(labels.size())));
      }
    }
    return new TriageModel(classifiers, sample(examples, settings.seed()), examples.size(), now);
  }

  /** The suggestion for each field this model knows, with its confidence. */
  public Map<TriageField, Suggestion> suggest(float[] vector, String text) {
    double familiarity = familiarity(vector);
    float[] features = TextFeatures.join(vector, text);
    Map<TriageField, Suggestion> suggestions = new EnumMap<>(TriageField.class);
    classifiers.forEach(
        (field, classifier) -> {
          var prediction = classifier.predict(features);
          suggestions.put(
              field,
              new Suggestion(
                  prediction.label(),
                  Math.round(prediction.probability() * familiarity * 1000) / 1000.0));
        });
    return suggestions;
  }

  /** 0 for a text unlike anything learnt from, 1 for one close to a known ticket. */
  double familiarity(float[] vector) {
    double best = -1;
    for (float[] known : sample) {
      best = Math.max(best, dot(known, vector));
    }
    return Math.max(0, Math.min(1, (best - UNFAMILIAR) / (FAMILIAR - UNFAMILIAR)));
  }

  /** Four running sums, so the processor adds in parallel: this loop is most of a triage's cost. */
  private static double dot(float[] a, float[] b) {
    float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    int f = 0;
    for (; f + 3 < a.length; f += 4) {
      s0 += a[f] * b[f];
      s1 += a[f + 1] * b[f + 1];
      s2 += a[f + 2] * b[f + 2];
      s3 += a[f + 3] * b[f + 3];
    }
    for (; f < a.length; f++) {
      s0 += a[f] * b[f];
    }
    return (double) s0 + s1 + s2 + s3;
  }

  public int examples() {
    return examples;
  }

  public Instant trainedAt() {
    return trainedAt;
  }

  /** The classifier of each field learnt; for storing. */
  Map<TriageField, SoftmaxRegression> classifiers() {
    return classifiers;
  }

  /** The familiarity sample; for storing, not to be changed. */
  float[][] sample() {
    return sample;
  }

  private static float[][] sample(List<LabelledVector> examples, long seed) {
    List<LabelledVector> shuffled = new ArrayList<>(examples);
    Collections.shuffle(shuffled, new Random(seed));
    return shuffled.stream().limit(SAMPLE).map(LabelledVector::vector).toArray(float[][]::new);
  }
}
