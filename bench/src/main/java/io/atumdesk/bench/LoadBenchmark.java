package io.atumdesk.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Creates incidents through the running app's API, then starts as many bare Flowable instances of
 * the same shape, and prints throughput, latency percentiles and the ratio between the two.
 */
public final class LoadBenchmark {

  private LoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Load load = new Load(options.clients(), Duration.ofSeconds(options.maxSeconds()));
    List<LoadResult> results = new ArrayList<>();
    if (options.app()) {
      HttpCreates creates = HttpCreates.signIn(options.url(), options.user(), options.password());
      results.add(measure("app", options, options.dbUrl(), load, creates, options.appPid()));
    }
    if (options.bare()) {
      try (BareFlowable bare =
          new BareFlowable(
              options.bareDbUrl(),
              options.dbUser(),
              options.dbPassword(),
              options.pool(),
              options.historyLevel())) {
        results.add(measure("bare", options, options.bareDbUrl(), load, bare, 0));
      }
    }
    summary(options, results);
  }

  private static LoadResult measure(
      String name, Options options, String dbUrl, Load load, Load.Operation operation, long pid)
      throws Exception {
    load.run(name + " warm-up", options.warmup(), operation);
    DatabaseWork database = new DatabaseWork(dbUrl, options.dbUser(), options.dbPassword());
    CpuSplit cpu = new CpuSplit(pid);
    pauseForStatistics(options);
    var dbBefore = database.snapshot();
    Map<String, Double> cpuBefore = cpu.seconds();
    LoadResult result = load.run(name, options.count(), operation);
    Map<String, Double> cpuAfter = cpu.seconds();
    pauseForStatistics(options);
    System.out.printf(
        "%s: %d in %.1f s, %.0f/s, %d errors%n",
        name, result.count(), result.wallNanos() / 1e9, result.perSecond(), result.errors());
    CpuSplit.print(cpuBefore, cpuAfter, result.wallNanos() / 1e9);
    DatabaseWork.print("  " + name, dbBefore, database.snapshot(), result.count());
    return result;
  }

  private static void pauseForStatistics(Options options) throws InterruptedException {
    Thread.sleep(options.statsWaitSeconds() * 1000L);
  }

  private static void summary(Options options, List<LoadResult> results) {
    System.out.printf(
        "%nhistory level %s, pool %d, warm-up %d each%n",
        options.historyLevel(), options.pool(), options.warmup());
    System.out.println(
        "| run  | count | clients | creates/s | p50 ms | p95 ms | p99 ms | errors |");
    System.out.println(
        "|------|------:|--------:|----------:|-------:|-------:|-------:|-------:|");
    for (LoadResult r : results) {
      System.out.printf(
          "| %-4s | %5d | %7d | %9.0f | %6.1f | %6.1f | %6.1f | %6d |%n",
          r.name(),
          r.count(),
          r.clients(),
          r.perSecond(),
          r.percentileMillis(50),
          r.percentileMillis(95),
          r.percentileMillis(99),
          r.errors());
    }
    if (results.size() == 2) {
      LoadResult app = results.get(0);
      LoadResult bare = results.get(1);
      System.out.printf(
          "app / bare: %.2fx the time per create (throughput), p50 %.2fx, p95 %.2fx%n",
          bare.perSecond() / app.perSecond(),
          app.percentileMillis(50) / bare.percentileMillis(50),
          app.percentileMillis(95) / bare.percentileMillis(95));
    }
  }
}
