package io.atumdesk.cmdb.bench;

import io.atumdesk.AtumDeskApplication;
import io.atumdesk.cmdb.CiKey;
import io.atumdesk.cmdb.Impact;
import io.atumdesk.cmdb.Impacts;
import io.atumdesk.core.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Impact analysis over a CMDB of 10,061 items and about 17,000 relations in tenant acme: 6,000
 * servers each hosting one of 3,000 databases, 950 applications on four databases each, 50 business
 * services on 24 applications each, and every server connected to one of 60 switches, which connect
 * to a core router that connects back to a switch (a cycle). Boots the whole application on H2 in
 * memory (or on {@code -p database=jdbc:postgresql://...}, an empty database of its own, with
 * {@code -jvmArgsAppend -Dspring.datasource.username=...}).
 *
 * <p>{@code impactOfServer}: a server, cycling over all of them (four levels up to the services).
 * {@code impactOfCoreRouter}: the worst case, everything depends on it (all 10,000 items reached).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ImpactBenchmark {

  static final int SERVERS = 6000;
  static final int DATABASES = 3000;
  static final int APPLICATIONS = 950;
  static final int SERVICES = 50;
  static final int SWITCHES = 60;
  static final long BASE = 1_000_000;

  @Param("jdbc:h2:mem:atum-impact-bench;DB_CLOSE_DELAY=-1")
  public String database;

  private ConfigurableApplicationContext context;
  private Impacts impacts;
  private int next;

  @Setup
  public void start() {
    context =
        new SpringApplicationBuilder(AtumDeskApplication.class)
            .profiles("test")
            .properties("server.port=0", "logging.level.root=WARN")
            // An argument, not a default property: the test profile's own URL would win over that.
            .run("--spring.datasource.url=" + database);
    impacts = context.getBean(Impacts.class);
    seed(context.getBean(JdbcTemplate.class));
  }

  @TearDown
  public void stop() {
    context.close();
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Impact impactOfServer() {
    next = (next + 7919) % SERVERS;
    return TenantContext.callAs("acme", () -> impacts.impactOf(key(next)));
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Impact impactOfCoreRouter() {
    return TenantContext.callAs("acme", () -> impacts.impactOf(key(core())));
  }

  private static CiKey key(long index) {
    return new CiKey("CI-%07d".formatted(BASE + index));
  }

  // Item index ranges, one after another.
  private static long database(long i) {
    return SERVERS + i;
  }

  private static long application(long i) {
    return SERVERS + DATABASES + i;
  }

  private static long service(long i) {
    return SERVERS + DATABASES + APPLICATIONS + i;
  }

  private static long networkSwitch(long i) {
    return SERVERS + DATABASES + APPLICATIONS + SERVICES + i;
  }

  private static long core() {
    return networkSwitch(SWITCHES);
  }

  /**
   * Writes the items and relations once per database (a second fork on PostgreSQL finds them), then
   * has the database gather statistics, as autovacuum would have long before anyone asks.
   */
  private static void seed(JdbcTemplate jdbc) {
    Integer seeded =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM configuration_item WHERE id = ?", Integer.class, BASE);
    if (seeded == null || seeded == 0) {
      write(jdbc);
    }
    jdbc.execute("ANALYZE");
  }

  private static void write(JdbcTemplate jdbc) {
    List<Object[]> items = new ArrayList<>();
    for (long i = 0; i <= core(); i++) {
      String type =
          i < SERVERS
              ? "server"
              : i < database(DATABASES)
                  ? "database"
                  : i < application(APPLICATIONS)
                      ? "application"
                      : i < service(SERVICES) ? "service" : "network-device";
      items.add(
          new Object[] {
            BASE + i,
            key(i).value(),
            type + "-" + i,
            type,
            "service".equals(type) ? (i % 2 == 0 ? "HIGH" : "CRITICAL") : null
          });
    }
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.batchUpdate(
        "INSERT INTO configuration_item (id, tenant_id, ci_key, name, type_key, state, criticality,"
            + " attributes, created_at, updated_at, version)"
            + " VALUES (?, 'acme', ?, ?, ?, 'IN_SERVICE', ?, '{}', ?, ?, 0)",
        items.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4], now, now}).toList());
    Set<List<Object>> relations = new LinkedHashSet<>();
    for (long d = 0; d < DATABASES; d++) {
      relations.add(edge(database(d), "RUNS_ON", 2 * d));
      relations.add(edge(database(d), "RUNS_ON", 2 * d + 1));
    }
    for (long a = 0; a < APPLICATIONS; a++) {
      for (long k = 0; k < 3; k++) {
        relations.add(edge(application(a), "DEPENDS_ON", database((a * 3 + k) % DATABASES)));
      }
      relations.add(edge(application(a), "DEPENDS_ON", database((a * 7 + 1500) % DATABASES)));
    }
    for (long s = 0; s < SERVICES; s++) {
      for (long k = 0; k < 24; k++) {
        long app = k < 19 ? s * 19 + k : (s * 37 + k * 101) % APPLICATIONS;
        relations.add(edge(service(s), "DEPENDS_ON", application(app)));
      }
    }
    for (long server = 0; server < SERVERS; server++) {
      relations.add(edge(server, "CONNECTS_TO", networkSwitch(server % SWITCHES)));
    }
    for (long w = 0; w < SWITCHES; w++) {
      relations.add(edge(networkSwitch(w), "CONNECTS_TO", core()));
    }
    relations.add(edge(core(), "CONNECTS_TO", networkSwitch(0)));
    jdbc.batchUpdate(
        "INSERT INTO ci_relation (tenant_id, source_id, target_id, kind, created_by, created_at)"
            + " VALUES ('acme', ?, ?, ?, 'bench', ?)",
        relations.stream().map(r -> new Object[] {r.get(0), r.get(1), r.get(2), now}).toList());
  }

  private static List<Object> edge(long source, String kind, long target) {
    return List.of(BASE + source, BASE + target, kind);
  }
}
