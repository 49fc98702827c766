package io.atumdesk.decision.bench;

import io.atumdesk.decision.DecisionOutcome;
import io.atumdesk.decision.Decisions;
import io.atumdesk.decision.internal.CompiledTable;
import io.atumdesk.decision.internal.DecisionRegistry;
import io.atumdesk.decision.internal.DmnTableCompiler;
import io.atumdesk.decision.internal.RegistryDecisions;
import io.atumdesk.decision.internal.ShippedTables;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The two aims for decisions: routing an incident takes under 100 microseconds at p99 once warm,
 * and a new table version is live in under a second (compiled, then put into the registry, which is
 * what {@code TableDeployments} does after its commit). Run it as docs/benchmarks.md shows.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DecisionBenchmark {

  private static final String TENANT = "acme";
  private static final String ROUTING = "incident-routing";

  // Four incidents that stop at different rows of the FIRST table: early, middle, late, last.
  private static final List<Map<String, Object>> INCIDENTS =
      List.of(
          Map.of("category", "network", "customerTier", "silver", "channel", "portal"),
          Map.of(
              "category", "access",
              "service", "vpn",
              "customerTier", "bronze",
              "language", "en",
              "channel", "email"),
          Map.of(
              "category", "hardware", "customerTier", "gold", "language", "de", "channel", "phone"),
          Map.of("category", "facilities", "language", "en", "channel", "chat"));

  private Decisions decisions;
  private DecisionRegistry registry;
  private byte[] routingXml;
  private int next;

  @Setup
  public void loadShippedTables() {
    registry =
        ShippedTables.load(
            new PathMatchingResourcePatternResolver(), ShippedTables.DEFAULT_LOCATION);
    decisions = new RegistryDecisions(registry);
    routingXml = read("rules/incident-routing.dmn");
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public DecisionOutcome evaluateRouting() {
    return route();
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public DecisionOutcome evaluateRoutingThroughput() {
    return route();
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Measurement(iterations = 5, time = 5)
  public CompiledTable compileNewVersion() {
    CompiledTable table = new DmnTableCompiler().compile("incident-routing.dmn", routingXml).get(0);
    registry.activate(TENANT, table);
    return table;
  }

  private DecisionOutcome route() {
    Map<String, Object> incident = INCIDENTS.get(next++ & 3);
    return decisions.evaluate(TENANT, ROUTING, incident);
  }

  private static byte[] read(String resource) {
    try (InputStream in = DecisionBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
