package io.atumdesk.assist.panel;

import io.atumdesk.assist.TextEmbeddings;
import io.atumdesk.assist.panel.Frustration.Kind;
import io.atumdesk.assist.panel.Frustration.Signal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Adds up the frustration signals of a customer's messages. Each signal has a cap, so that no one
 * of them alone reaches a threshold of 50 and the score stays explainable: wording up to 40,
 * repetition up to 30, reopenings up to 30, waiting up to 20.
 */
final class FrustrationScore {

  /** Cosine similarity at which two messages say the same thing again. */
  static final double REPEATED = 0.9;

  static final int SCANNED_CHARS = 5_000;

  private FrustrationScore() {}

  /**
   * @param texts the customer's messages, oldest first
   * @param vectors their sentence vectors, same order (empty where a text has none)
   * @param waitingSince since when the customer waits for an answer; null when nobody owes one
   */
  static Frustration of(
      List<String> texts,
      List<Optional<float[]>> vectors,
      int reopenCount,
      Instant waitingSince,
      Instant now,
      int threshold) {
    List<Signal> signals = new ArrayList<>();
    wording(texts).ifPresent(signals::add);
    repetition(vectors).ifPresent(signals::add);
    if (reopenCount > 0) {
      signals.add(
          new Signal(Kind.REOPENED, Math.min(30, 15 * reopenCount), reopenCount, List.of()));
    }
    waiting(waitingSince, now).ifPresent(signals::add);
    int score = Math.min(100, signals.stream().mapToInt(Signal::points).sum());
    return new Frustration(score, score >= threshold, signals);
  }

  private static Optional<Signal> wording(List<String> texts) {
    Set<String> terms = new LinkedHashSet<>();
    int hits = 0;
    for (String text : texts) {
      FrustrationLexicon.Findings findings = FrustrationLexicon.scan(text, SCANNED_CHARS);
      terms.addAll(findings.terms());
      hits += findings.hits();
    }
    return hits == 0
        ? Optional.empty()
        : Optional.of(new Signal(Kind.WORDING, Math.min(40, 10 * hits), hits, List.copyOf(terms)));
  }

  /** Each message that nearly repeats an earlier one counts once. */
  private static Optional<Signal> repetition(List<Optional<float[]>> vectors) {
    int repeats = 0;
    for (int i = 1; i < vectors.size(); i++) {
      if (vectors.get(i).isPresent() && repeatsAnEarlier(vectors, i)) {
        repeats++;
      }
    }
    return repeats == 0
        ? Optional.empty()
        : Optional.of(new Signal(Kind.REPETITION, Math.min(30, 15 * repeats), repeats, List.of()));
  }

  private static boolean repeatsAnEarlier(List<Optional<float[]>> vectors, int index) {
    float[] vector = vectors.get(index).orElseThrow();
    for (int j = 0; j < index; j++) {
      if (vectors.get(j).isPresent()
          && TextEmbeddings.similarity(vector, vectors.get(j).get()) >= REPEATED) {
        return true;
      }
    }
    return false;
  }

  /** One point per whole hour waiting. */
  private static Optional<Signal> waiting(Instant since, Instant now) {
    if (since == null || !since.isBefore(now)) {
      return Optional.empty();
    }
    int hours = (int) Math.min(Integer.MAX_VALUE, Duration.between(since, now).toHours());
    return hours == 0
        ? Optional.empty()
        : Optional.of(new Signal(Kind.WAITING, Math.min(20, hours), hours, List.of()));
  }
}
