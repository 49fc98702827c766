package io.atumdesk.assist.panel;

import io.atumdesk.assist.TextEmbeddings;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Picks a conversation's most central sentences: those whose vectors lie closest to the centroid of
 * all sentence vectors, skipping any sentence nearly repeating one already picked (as maximal
 * marginal relevance would), and answers them in their original order.
 */
final class SentencePicking {

  /** From this similarity on, a sentence says again what a picked one said. */
  static final double NEAR_DUPLICATE = 0.9;

  private SentencePicking() {}

  /** The indexes of up to {@code count} central sentences, ascending; all of them when few. */
  static List<Integer> central(List<float[]> vectors, int count) {
    if (vectors.size() <= count) {
      return IntStream.range(0, vectors.size()).boxed().toList();
    }
    float[] centroid = centroid(vectors);
    List<Integer> byCentrality = new ArrayList<>();
    double[] scores = new double[vectors.size()];
    for (int i = 0; i < vectors.size(); i++) {
      scores[i] = TextEmbeddings.similarity(vectors.get(i), centroid);
      byCentrality.add(i);
    }
    // Ties keep the earlier sentence first, so the pick is deterministic.
    byCentrality.sort((a, b) -> Double.compare(scores[b], scores[a]));
    List<Integer> picked = new ArrayList<>();
    for (int candidate : byCentrality) {
      if (picked.size() == count) {
        break;
      }
      if (picked.stream().noneMatch(p -> nearlyRepeats(vectors, p, candidate))) {
        picked.add(candidate);
      }
    }
    return picked.stream().sorted().toList();
  }

  private static boolean nearlyRepeats(List<float[]> vectors, int picked, int candidate) {
    return TextEmbeddings.similarity(vectors.get(picked), vectors.get(candidate)) >= NEAR_DUPLICATE;
  }

  /** The mean vector, scaled to unit length so the dot product stays a cosine. */
  private static float[] centroid(List<float[]> vectors) {
    float[] sum = new float[vectors.get(0).length];
    for (float[] vector : vectors) {
      for (int i = 0; i < sum.length; i++) {
        sum[i] += vector[i];
      }
    }
    double norm = 0;
    for (float value : sum) {
      norm += value * value;
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < sum.length && norm > 0; i++) {
      sum[i] = (float) (sum[i] / norm);
    }
    return sum;
  }
}
