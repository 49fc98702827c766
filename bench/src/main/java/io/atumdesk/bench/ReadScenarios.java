package io.atumdesk.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs named read scenarios (each a list of paths, cycled) on one load: every scenario warms up
 * before any is measured, so the first ones do not pay for the JIT; then prints one line each.
 */
final class ReadScenarios {

  /** One GET of a path; a non-200 answer throws. */
  interface Fetch {
    void get(String path) throws Exception;
  }

  private ReadScenarios() {}

  static void run(Options options, Map<String, List<String>> scenarios, Fetch fetch)
      throws Exception {
    System.out.printf(
        "%-28s %6s %7s %7s %7s %7s %6s%n",
        "scenario", "n", "p50 ms", "p95 ms", "p99 ms", "req/s", "errors");
    var load = new Load(options.clients(), Duration.ofSeconds(options.maxSeconds()));
    for (List<String> paths : scenarios.values()) {
      load.run("warm-up", options.warmup(), i -> fetch.get(paths.get(i % paths.size())));
    }
    for (var scenario : scenarios.entrySet()) {
      List<String> paths = scenario.getValue();
      LoadResult result =
          load.run(scenario.getKey(), options.count(), i -> fetch.get(paths.get(i % paths.size())));
      System.out.printf(
          "%-28s %6d %7.1f %7.1f %7.1f %7.0f %6d%n",
          result.name(),
          result.count(),
          result.percentileMillis(50),
          result.percentileMillis(95),
          result.percentileMillis(99),
          result.perSecond(),
          result.errors());
    }
  }
}
