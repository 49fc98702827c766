package io.atumdesk.assist.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The triage evaluation: trains on 80% of the shipped corpus and measures on the other 20%, split
 * stratified by category with a fixed seed. Not part of the normal suite (no "Tests" suffix); run:
 *
 * <pre>mvn -o -B -pl app -am verify -Dfrontend.skip -Dtest=TriageEvaluation \
 *   -Dsurefire.failIfNoSpecifiedTests=false -DskipITs</pre>
 *
 * It prints accuracy and macro-F1 per field and the category confusion matrix, writes them to
 * {@code app/target/triage-evaluation.md}, and fails below 0.85 category accuracy.
 */
class TriageEvaluation {

  static final double HELD_OUT = 0.2;
  static final long SEED = 8;

  @Test
  void reachesTheCategoryAccuracyAimedFor() throws IOException {
    var embedder = new AllMiniLmL6V2QuantizedEmbeddingModel();
    Function<String, float[]> embed =
        text -> embedder.embed(TextSegment.from(text)).content().vector();
    List<TriageCorpus.Ticket> corpus = TriageCorpus.load();
    List<TriageCorpus.Ticket> train = new ArrayList<>();
    List<TriageCorpus.Ticket> test = new ArrayList<>();
    split(corpus, train, test);

    Map<Integer, float[]> vectors = new java.util.HashMap<>();
    long embeddingStarted = System.nanoTime();
    corpus.forEach(t -> vectors.put(t.id(), embed.apply(t.text())));
    long embedded = System.nanoTime();
    List<LabelledVector> examples =
        train.stream()
            .map(
                t ->
                    new LabelledVector(
                        vectors.get(t.id()),
                        t.text(),
                        t.category(),
                        t.priority(),
                        t.assignmentGroup()))
            .toList();
    long started = System.nanoTime();
    TriageModel model =
        TriageModel.train(examples, SoftmaxRegression.Settings.DEFAULT, Instant.now());
    long trained = System.nanoTime();
    List<Map<TriageField, Suggestion>> predicted =
        test.stream().map(t -> model.suggest(vectors.get(t.id()), t.text())).toList();
    StringBuilder report = new StringBuilder();
    report.append(
        ("Corpus: %d tickets, trained on %d, measured on %d held out (stratified by category,"
                + " seed %d). Embedding all took %d ms (%.1f ms a ticket); training %d ms.%n%n")
            .formatted(
                corpus.size(),
                train.size(),
                test.size(),
                SEED,
                (embedded - embeddingStarted) / 1_000_000,
                (embedded - embeddingStarted) / 1e6 / corpus.size(),
                (trained - started) / 1_000_000));
    report.append(
        "| field | accuracy | macro-F1 | applied at 0.75 | accuracy of those applied |\n|---|---|---|---|---|\n");
    Map<TriageField, Double> accuracy = new TreeMap<>();
    for (TriageField field : TriageField.values()) {
      List<String> truth = test.stream().map(t -> label(t, field)).toList();
      List<Suggestion> guesses = predicted.stream().map(p -> p.get(field)).toList();
      double acc = accuracy(truth, guesses, 0);
      accuracy.put(field, acc);
      double applied =
          guesses.stream().filter(g -> g.confidence() >= 0.75).count() / (double) guesses.size();
      report.append(
          "| %s | %.3f | %.3f | %.0f%% | %.3f |%n"
              .formatted(
                  field.apiName(),
                  acc,
                  macroF1(truth, guesses),
                  applied * 100,
                  accuracy(truth, guesses, 0.75)));
    }
    report.append("\nCategory confusion matrix (rows: true, columns: predicted):\n\n");
    report.append(
        confusion(
            test.stream().map(TriageCorpus.Ticket::category).toList(),
            predicted.stream().map(p -> p.get(TriageField.CATEGORY).value()).toList()));
    System.out.println(report);
    Files.writeString(Path.of("target", "triage-evaluation.md"), report);

    assertThat(accuracy.get(TriageField.CATEGORY)).isGreaterThanOrEqualTo(0.85);
  }

  static void split(
      List<TriageCorpus.Ticket> corpus,
      List<TriageCorpus.Ticket> train,
      List<TriageCorpus.Ticket> test) {
    Random random = new Random(SEED);
    Map<String, List<TriageCorpus.Ticket>> byCategory =
        corpus.stream()
            .collect(
                Collectors.groupingBy(
                    TriageCorpus.Ticket::category, TreeMap::new, Collectors.toList()));
    byCategory
        .values()
        .forEach(
            tickets -> {
              List<TriageCorpus.Ticket> shuffled = new ArrayList<>(tickets);
              java.util.Collections.shuffle(shuffled, random);
              int held = (int) Math.round(shuffled.size() * HELD_OUT);
              test.addAll(shuffled.subList(0, held));
              train.addAll(shuffled.subList(held, shuffled.size()));
            });
  }

  private static String label(TriageCorpus.Ticket t, TriageField field) {
    return switch (field) {
      case CATEGORY -> t.category();
      case PRIORITY -> t.priority();
      case ASSIGNMENT_GROUP -> t.assignmentGroup();
    };
  }

  /** Accuracy over the guesses at or above {@code minConfidence}. */
  static double accuracy(List<String> truth, List<Suggestion> guesses, double minConfidence) {
    int counted = 0;
    int right = 0;
    for (int i = 0; i < truth.size(); i++) {
      if (guesses.get(i).confidence() >= minConfidence) {
        counted++;
        right += truth.get(i).equals(guesses.get(i).value()) ? 1 : 0;
      }
    }
    return counted == 0 ? Double.NaN : right / (double) counted;
  }

  /** The mean over the true classes of each class's F1 (harmonic mean of precision and recall). */
  static double macroF1(List<String> truth, List<Suggestion> guesses) {
    double sum = 0;
    var classes = new TreeSet<>(truth);
    for (String c : classes) {
      int tp = 0, fp = 0, fn = 0;
      for (int i = 0; i < truth.size(); i++) {
        boolean actual = truth.get(i).equals(c);
        boolean guessed = c.equals(guesses.get(i).value());
        tp += actual && guessed ? 1 : 0;
        fp += !actual && guessed ? 1 : 0;
        fn += actual && !guessed ? 1 : 0;
      }
      sum += tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
    return sum / classes.size();
  }

  static String confusion(List<String> truth, List<String> guessed) {
    var classes = new TreeSet<>(truth);
    StringBuilder table = new StringBuilder("| true \\ predicted |");
    classes.forEach(c -> table.append(' ').append(c).append(" |"));
    table.append("\n|---|").append("---|".repeat(classes.size())).append('\n');
    for (String row : classes) {
      table.append("| ").append(row).append(" |");
      for (String column : classes) {
        long n = 0;
        for (int i = 0; i < truth.size(); i++) {
          n += truth.get(i).equals(row) && column.equals(guessed.get(i)) ? 1 : 0;
        }
        table.append(' ').append(n).append(" |");
      }
      table.append('\n');
    }
    return table.toString();
  }
}
