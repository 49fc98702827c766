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
  private static final int SAMPLE = 2000;

  private final Map<TriageField, SoftmaxRegression> classifiers;
  private final float[][] sample;
  private final int examples;
  private final Instant trainedAt;

  private TriageModel(
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
      double dot = 0;
      for (int f = 0; f < vector.length; f++) {
        dot += known[f] * vector[f];
      }
      best = Math.max(best, dot);
    }
    return Math.max(0, Math.min(1, (best - UNFAMILIAR) / (FAMILIAR - UNFAMILIAR)));
  }

  public int examples() {
    return examples;
  }

  public Instant trainedAt() {
    return trainedAt;
  }

  private static float[][] sample(List<LabelledVector> examples, long seed) {
    List<LabelledVector> shuffled = new ArrayList<>(examples);
    Collections.shuffle(shuffled, new Random(seed));
    return shuffled.stream().limit(SAMPLE).map(LabelledVector::vector).toArray(float[][]::new);
  }
}
