package io.atumdesk.assist.triage;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The triage latency benchmark: one triage is what {@code POST /api/v1/assist/triage} does after
 * parsing, the sentence vector of the text (the ONNX model, in-process) and the three classifiers
 * with the familiarity check. Timed per text over the corpus, after a warm-up, with a model trained
 * on {@value #LARGE} examples. Not part of the normal suite; run:
 *
 * <pre>mvn -o -B -pl app -am verify -Dfrontend.skip -Dtest=TriageBenchmark \
 *   -Dsurefire.failIfNoSpecifiedTests=false -DskipITs</pre>
 *
 * Embedding 100,000 texts would take over an hour on this machine, so the large training set is the
 * corpus's 1,200 vectors each copied with small Gaussian noise (re-normalised) to 100,000 examples;
 * the model's size, and so its answering time, does not depend on how many tickets it learnt from
 * (fixed weights, a familiarity sample capped at 1,000 vectors), which this shows.
 */
class TriageBenchmark {

  static final int LARGE = 100_000;
  static final int WARM_UP = 200;

  @Test
  void measuresTriageLatency() throws IOException {
    var embedder = new AllMiniLmL6V2QuantizedEmbeddingModel();
    List<TriageCorpus.Ticket> corpus = TriageCorpus.load();
    List<LabelledVector> examples = new ArrayList<>();
    for (TriageCorpus.Ticket t : corpus) {
      float[] v = embedder.embed(TextSegment.from(t.text())).content().vector();
      examples.add(
          new LabelledVector(v, t.text(), t.category(), t.priority(), t.assignmentGroup()));
    }
    List<LabelledVector> large = jittered(examples, LARGE);
    long started = System.nanoTime();
    TriageModel model = TriageModel.train(large, SoftmaxRegression.Settings.DEFAULT, Instant.now());
    long trainedMs = (System.nanoTime() - started) / 1_000_000;

    for (int i = 0; i < WARM_UP; i++) {
      triage(embedder, model, corpus.get(i % corpus.size()).text());
    }
    long[] full = new long[corpus.size()];
    long[] modelOnly = new long[corpus.size()];
    for (int i = 0; i < corpus.size(); i++) {
      String text = corpus.get(i).text();
      long t0 = System.nanoTime();
      float[] vector = embedder.embed(TextSegment.from(text)).content().vector();
      long t1 = System.nanoTime();
      model.suggest(vector, text);
      long t2 = System.nanoTime();
      full[i] = t2 - t0;
      modelOnly[i] = t2 - t1;
    }
    String report =
        ("Model trained on %,d examples in %,d ms. Triage of %d texts (after %d warm-up):%n%n"
                + "| part | p50 | p95 | p99 | max |%n|---|---|---|---|---|%n%s%s")
            .formatted(
                large.size(),
                trainedMs,
                corpus.size(),
                WARM_UP,
                row("embedding + classifiers", full),
                row("classifiers only", modelOnly));
    System.out.println(report);
    Files.writeString(Path.of("target", "triage-benchmark.md"), report);
  }

  private static void triage(
      AllMiniLmL6V2QuantizedEmbeddingModel embedder, TriageModel model, String text) {
    model.suggest(embedder.embed(TextSegment.from(text)).content().vector(), text);
  }

  private static List<LabelledVector> jittered(List<LabelledVector> examples, int size) {
    Random random = new Random(8);
    List<LabelledVector> large = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      LabelledVector e = examples.get(i % examples.size());
      float[] v = e.vector().clone();
      for (int f = 0; f < v.length; f++) {
        v[f] += (float) (random.nextGaussian() * 0.02);
      }
      large.add(
          new LabelledVector(
              SoftmaxRegressionTests.unit(v),
              e.text(),
              e.category(),
              e.priority(),
              e.assignmentGroup()));
    }
    return large;
  }

  private static String row(String part, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return "| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms |%n"
        .formatted(
            part,
            at(sorted, 0.50),
            at(sorted, 0.95),
            at(sorted, 0.99),
            sorted[sorted.length - 1] / 1e6);
  }

  private static double at(long[] sorted, double quantile) {
    return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
  }
}
