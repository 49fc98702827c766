package io.atumdesk.bench;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** Command-line options as {@code --name value}; every one has a default. */
record Options(
    URI url,
    String user,
    String password,
    int count,
    int clients,
    int warmup,
    String dbUrl,
    String bareDbUrl,
    String dbUser,
    String dbPassword,
    int pool,
    String historyLevel,
    long appPid,
    int maxSeconds,
    int statsWaitSeconds,
    boolean app,
    boolean bare) {

  static Options parse(String[] args) {
    Map<String, String> given = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      given.put(args[i].substring(2), i + 1 < args.length ? args[++i] : "");
    }
    return new Options(
        URI.create(given.getOrDefault("url", "http://localhost:8081")),
        given.getOrDefault("user", "customer"),
        given.getOrDefault("password", "customer"),
        Integer.parseInt(given.getOrDefault("count", "5000")),
        Integer.parseInt(given.getOrDefault("clients", "32")),
        Integer.parseInt(given.getOrDefault("warmup", "500")),
        given.getOrDefault("db-url", "jdbc:postgresql://localhost:5432/atum_bench"),
        given.getOrDefault("bare-db-url", "jdbc:postgresql://localhost:5432/atum_bench_bare"),
        given.getOrDefault("db-user", "postgres"),
        given.getOrDefault("db-password", ""),
        Integer.parseInt(given.getOrDefault("pool", "20")),
        given.getOrDefault("history-level", "audit"),
        Long.parseLong(given.getOrDefault("app-pid", "0")),
        Integer.parseInt(given.getOrDefault("max-seconds", "600")),
        Integer.parseInt(given.getOrDefault("stats-wait", "11")),
        !given.containsKey("skip-app"),
        !given.containsKey("skip-bare"));
  }
}
