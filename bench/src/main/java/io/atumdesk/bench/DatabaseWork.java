package io.atumdesk.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * PostgreSQL's own counters for one database: commits and rows written, in total and per table.
 * Backends flush them at most once a second and about ten seconds after going idle, so a snapshot
 * after a load waits for that first.
 */
final class DatabaseWork {

  private static final String TABLES =
      "SELECT relname, n_tup_ins, n_tup_upd, n_tup_del,"
          + " coalesce(seq_scan, 0) + coalesce(idx_scan, 0) FROM pg_stat_user_tables";
  private static final String DATABASE =
      "SELECT xact_commit, xact_rollback, tup_inserted, tup_updated, tup_deleted, tup_fetched"
          + " FROM pg_stat_database WHERE datname = current_database()";

  record Snapshot(Map<String, long[]> database, Map<String, long[]> tables) {}

  private final String url;
  private final String user;
  private final String password;

  DatabaseWork(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  Snapshot snapshot() throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      Map<String, long[]> database = new HashMap<>();
      try (ResultSet row = connection.createStatement().executeQuery(DATABASE)) {
        row.next();
        database.put(
            "database",
            new long[] {
              row.getLong(1),
              row.getLong(2),
              row.getLong(3),
              row.getLong(4),
              row.getLong(5),
              row.getLong(6)
            });
      }
      Map<String, long[]> tables = new HashMap<>();
      try (ResultSet row = connection.createStatement().executeQuery(TABLES)) {
        while (row.next()) {
          tables.put(
              row.getString(1),
              new long[] {row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5)});
        }
      }
      return new Snapshot(database, tables);
    }
  }

  /** Prints the work per operation between two snapshots. */
  static void print(String name, Snapshot before, Snapshot after, int operations) {
    long[] d = delta(before.database().get("database"), after.database().get("database"));
    System.out.printf(
        "%s, per create: %.2f commits, %.2f rollbacks, %.1f rows inserted, %.1f updated,"
            + " %.1f deleted, %.1f fetched%n",
        name,
        d[0] / (double) operations,
        d[1] / (double) operations,
        d[2] / (double) operations,
        d[3] / (double) operations,
        d[4] / (double) operations,
        d[5] / (double) operations);
    System.out.printf("  %-28s %8s %8s %8s %8s%n", "table", "ins", "upd", "del", "scans");
    Map<String, long[]> sorted = new TreeMap<>();
    after
        .tables()
        .forEach(
            (table, counts) -> {
              long[] t = delta(before.tables().getOrDefault(table, new long[4]), counts);
              if (t[0] + t[1] + t[2] + t[3] > 0) {
                sorted.put(table, t);
              }
            });
    sorted.forEach(
        (table, t) ->
            System.out.printf(
                "  %-28s %8.2f %8.2f %8.2f %8.2f%n",
                table,
                t[0] / (double) operations,
                t[1] / (double) operations,
                t[2] / (double) operations,
                t[3] / (double) operations));
  }

  private static long[] delta(long[] before, long[] after) {
    long[] delta = new long[after.length];
    for (int i = 0; i < after.length; i++) {
      delta[i] = after[i] - before[i];
    }
    return delta;
  }
}
