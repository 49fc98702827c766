package io.atumdesk.assist.triage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Multinomial logistic regression over sentence vectors, written by hand: the one library that
 * would serve (Smile) is GPL-licensed and Tribuo is not served here (ADR 0025). A linear model
 * suits embeddings that already separate meaning, trains in a second over thousands of tickets,
 * answers in microseconds, and its softmax gives a probability we can show as a confidence.
 *
 * <p>Trained by mini-batch gradient descent with L2 regularisation and a fixed seed, so the same
 * examples give the same model. Classes are weighted by inverse frequency so that a rare category
 * is not simply never predicted.
 */
public final class SoftmaxRegression {

  private final List<String> labels;
  private final double[][] weights; // [class][feature], the last feature is the bias

  private SoftmaxRegression(List<String> labels, double[][] weights) {
    this.labels = List.copyOf(labels);
    this.weights = weights;
  }

  /** How long and how hard to learn; the defaults suit a few hundred to 100,000 examples. */
  public record Settings(int epochs, double learningRate, double l2, int batchSize, long seed) {
    public static final Settings DEFAULT = new Settings(60, 0.5, 1e-4, 32, 8);

    /**
     * Fewer passes over many examples: 60 over a thousand tickets, 10 over 100,000, which see the
     * same number of steps' worth of evidence and keep a retraining under a minute.
     */
    Settings scaledTo(int examples) {
      int scaled = (int) Math.max(10, Math.min(epochs, epochs * 5000L / Math.max(1, examples)));
      return new Settings(scaled, learningRate, l2, batchSize, seed);
    }
  }

  /** Learns from vectors of equal length and their labels (at least one label). */
  public static SoftmaxRegression train(List<float[]> vectors, List<String> labelled, Settings s) {
    if (vectors.isEmpty() || vectors.size() != labelled.size()) {
      throw new IllegalArgumentException("needs as many labels as vectors, at least one");
    }
    Map<String, Integer> index = new LinkedHashMap<>();
    labelled.stream().sorted().forEach(l -> index.putIfAbsent(l, index.size()));
    int classes = index.size();
    int features = vectors.get(0).length + 1;
    int[] target = labelled.stream().mapToInt(index::get).toArray();
    List<Sparse> inputs = vectors.stream().map(Sparse::of).toList();
    double[] classWeight = classWeights(target, classes);
    double[][] w = new double[classes][features];
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < vectors.size(); i++) {
      order.add(i);
    }
    Random random = new Random(s.seed());
    double[][] gradient = new double[classes][features];
    double[] p = new double[classes];
    for (int epoch = 0; epoch < s.epochs(); epoch++) {
      Collections.shuffle(order, random);
      // A step size that shrinks over the epochs settles the weights instead of circling.
      double rate = s.learningRate() / (1 + 0.05 * epoch);
      for (int start = 0; start < order.size(); start += s.batchSize()) {
        int end = Math.min(order.size(), start + s.batchSize());
        for (double[] row : gradient) {
          Arrays.fill(row, 0);
        }
        for (int b = start; b < end; b++) {
          int i = order.get(b);
          Sparse x = inputs.get(i);
          probabilities(w, x, p);
          for (int c = 0; c < classes; c++) {
            double error = (p[c] - (c == target[i] ? 1 : 0)) * classWeight[target[i]];
            double[] g = gradient[c];
            for (int k = 0; k < x.index.length; k++) {
              g[x.index[k]] += error * x.value[k];
            }
            g[features - 1] += error;
          }
        }
        double scale = rate / (end - start);
        for (int c = 0; c < classes; c++) {
          for (int f = 0; f < features; f++) {
            w[c][f] -= scale * gradient[c][f] + rate * s.l2() * w[c][f];
          }
        }
      }
    }
    // Kept at float precision, as the model is stored (TriageModelFormat): a model read back
    // answers exactly as the one trained.
    for (double[] row : w) {
      for (int f = 0; f < row.length; f++) {
        row[f] = (float) row[f];
      }
    }
    return new SoftmaxRegression(new ArrayList<>(index.keySet()), w);
  }

  /** A classifier read back from its stored labels and weights (one row per label). */
  static SoftmaxRegression of(List<String> labels, double[][] weights) {
    if (labels.isEmpty() || labels.size() != weights.length) {
      throw new IllegalArgumentException("needs one row of weights per label, at least one");
    }
    return new SoftmaxRegression(labels, weights);
  }

  /** The most probable label and its probability. */
  public Prediction predict(float[] vector) {
    double[] p = new double[labels.size()];
    probabilities(weights, Sparse.of(vector), p);
    int best = 0;
    for (int c = 1; c < p.length; c++) {
      if (p[c] > p[best]) {
        best = c;
      }
    }
    return new Prediction(labels.get(best), p[best]);
  }

  public record Prediction(String label, double probability) {}

  public List<String> labels() {
    return labels;
  }

  /** The weights, [label][feature] with the bias last; for storing, not to be changed. */
  double[][] weights() {
    return weights;
  }

  /**
   * An input by its non-zero features only: the word features are mostly zeros, and skipping them
   * makes training over 100,000 tickets several times faster.
   */
  private record Sparse(int[] index, float[] value, int length) {
    static Sparse of(float[] x) {
      int n = 0;
      for (float v : x) {
        n += v != 0 ? 1 : 0;
      }
      int[] index = new int[n];
      float[] value = new float[n];
      for (int f = 0, k = 0; f < x.length; f++) {
        if (x[f] != 0) {
          index[k] = f;
          value[k++] = x[f];
        }
      }
      return new Sparse(index, value, x.length);
    }
  }

  private static void probabilities(double[][] w, Sparse x, double[] p) {
    double max = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < w.length; c++) {
      double z = w[c][x.length];
      for (int k = 0; k < x.index.length; k++) {
        z += w[c][x.index[k]] * x.value[k];
      }
      p[c] = z;
      max = Math.max(max, z);
    }
    double sum = 0;
    for (int c = 0; c < p.length; c++) {
      p[c] = Math.exp(p[c] - max); // shifted by the maximum so exp never overflows
      sum += p[c];
    }
    for (int c = 0; c < p.length; c++) {
      p[c] /= sum;
    }
  }

  private static double[] classWeights(int[] target, int classes) {
    double[] count = new double[classes];
    for (int t : target) {
      count[t]++;
    }
    double[] weight = new double[classes];
    for (int c = 0; c < classes; c++) {
      weight[c] = target.length / (classes * count[c]);
    }
    return weight;
  }
}
