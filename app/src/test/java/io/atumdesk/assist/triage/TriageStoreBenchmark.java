package io.atumdesk.assist.triage;

import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo tenant's stored triage model: its size, and how long a node takes to load it (read the
 * row, check and parse it) against training it; with the same content as JSON for comparison. Not
 * part of the suite (no "Tests" suffix); run, on H2 or with {@code -Datum.test.db=postgres}:
 *
 * <pre>mvn -o -B -pl app -am verify -Dfrontend.skip -DskipITs -Dtest=TriageStoreBenchmark \
 *   -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * It prints a table and writes it to {@code app/target/triage-store-benchmark.md}.
 */
@IntegrationTest
class TriageStoreBenchmark {

  private static final int RUNS = 30;

  @Autowired TriageModels models;
  @Autowired TriageModelStore store;
  @Autowired JdbcClient jdbc;

  /** The model's content as a JSON document would hold it. */
  record JsonModel(List<String> labels, List<double[][]> weights, float[][] sample) {}

  @Test
  void measuresTheDemoTenantsStoredModel() throws Exception {
    long started = System.nanoTime();
    TriageModel model = models.retrain("acme", "benchmark");
    double trainMs = (System.nanoTime() - started) / 1e6;
    long stored =
        jdbc.sql("SELECT OCTET_LENGTH(model) FROM triage_model WHERE tenant_id = 'acme'")
            .query(Long.class)
            .single();
    byte[] bytes = TriageModelFormat.write(model);
    var json = JsonMapper.builder().build();
    JsonModel content =
        new JsonModel(
            model.classifiers().values().stream().flatMap(c -> c.labels().stream()).toList(),
            model.classifiers().values().stream().map(SoftmaxRegression::weights).toList(),
            model.sample());
    byte[] asJson = json.writeValueAsBytes(content);

    double[] load = time(() -> store.load("acme").orElseThrow());
    double[] parse = time(() -> TriageModelFormat.read(bytes));
    double[] write = time(() -> TriageModelFormat.write(model));
    double[] jsonParse = time(() -> json.readValue(asJson, JsonModel.class));
    double[] jsonWrite = time(() -> json.writeValueAsBytes(content));

    String report =
        """
        | | size | write p50 | read p50 | read p95 |
        |---|---|---|---|---|
        | stored row, loaded (select + check + parse) | %,d bytes | | %.1f ms | %.1f ms |
        | the format alone | %,d bytes | %.1f ms | %.1f ms | %.1f ms |
        | the same as JSON (Jackson) | %,d bytes | %.1f ms | %.1f ms | %.1f ms |

        Trained on %,d examples in %.0f ms; %d classifiers, a sample of %d vectors.
        """
            .formatted(
                stored,
                p(load, 50),
                p(load, 95),
                bytes.length,
                p(write, 50),
                p(parse, 50),
                p(parse, 95),
                asJson.length,
                p(jsonWrite, 50),
                p(jsonParse, 50),
                p(jsonParse, 95),
                model.examples(),
                trainMs,
                model.classifiers().size(),
                model.sample().length);
    System.out.println(report);
    Files.writeString(Path.of("target", "triage-store-benchmark.md"), report);
    assertThat(stored).isEqualTo(bytes.length);
  }

  /** Milliseconds per run, after as many warm-up runs. */
  private static double[] time(Callable<?> work) throws Exception {
    for (int i = 0; i < RUNS; i++) {
      work.call();
    }
    double[] ms = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long started = System.nanoTime();
      work.call();
      ms[i] = (System.nanoTime() - started) / 1e6;
    }
    Arrays.sort(ms);
    return ms;
  }

  private static double p(double[] sorted, int percentile) {
    return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)];
  }
}
