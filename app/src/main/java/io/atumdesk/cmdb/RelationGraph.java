package io.atumdesk.cmdb;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Breadth-first walks over the relations, one query per level that reads only the ids of the
 * relations' two ends (the whole frontier as one array parameter, no entities), with a visited set
 * so that any data (cycles of {@code connects to}, say) ends the walk, and a depth cap. A recursive
 * CTE was measured and not kept: H2 repeats a cycle under UNION until the depth cap, and without a
 * depth column PostgreSQL was no faster than these few queries (docs/benchmarks.md, CMDB).
 */
@Component
class RelationGraph {

  private static final String UPWARDS = step("target_id", "source_id", RelationKind.IMPACTING);
  private static final String DOWNWARDS = step("source_id", "target_id", RelationKind.ACYCLIC);

  private final JdbcTemplate jdbc;

  RelationGraph(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Where a walk reached an item from: the item one step closer to the start, and the depth. */
  record Step(Long from, int depth) {}

  /** The result of a walk: every item reached with its step, and whether the depth cap cut it. */
  record Walk(Map<Long, Step> reached, boolean truncated) {

    /** The ids from the start to {@code id}, both included. */
    List<Long> pathTo(Long id) {
      LinkedList<Long> path = new LinkedList<>();
      for (Long at = id; at != null; at = reached.get(at).from()) {
        path.addFirst(at);
      }
      return path;
    }
  }

  /** Who is hit when {@code start} fails: the sources of impacting relations, transitively. */
  Walk upwards(String tenantId, Long start, int maxDepth) {
    return walk(tenantId, start, maxDepth, null, UPWARDS);
  }

  /** The path {@code from ... to} along depends-on and runs-on relations, if there is one. */
  Optional<List<Long>> pathDown(String tenantId, Long from, Long to) {
    Walk walk = walk(tenantId, from, Integer.MAX_VALUE, to, DOWNWARDS);
    return walk.reached().containsKey(to) ? Optional.of(walk.pathTo(to)) : Optional.empty();
  }

  private Walk walk(String tenantId, Long start, int maxDepth, Long goal, String query) {
    Map<Long, Step> reached = new HashMap<>();
    reached.put(start, new Step(null, 0));
    List<Long> frontier = List.of(start);
    int depth = 0;
    while (!frontier.isEmpty() && depth < maxDepth && !reached.containsKey(goal)) {
      int level = ++depth;
      List<Long> known = frontier;
      List<Long> next = new ArrayList<>();
      jdbc.query(
          con -> {
            PreparedStatement statement = con.prepareStatement(query);
            statement.setArray(1, ids(statement, known));
            statement.setString(2, tenantId);
            return statement;
          },
          row -> {
            Long to = row.getLong(1);
            if (!reached.containsKey(to)) {
              reached.put(to, new Step(row.getLong(2), level));
              next.add(to);
            }
          });
      frontier = next;
    }
    return new Walk(reached, !frontier.isEmpty() && depth >= maxDepth);
  }

  /**
   * The ids as one SQL array, so that a level is one statement whatever its size. Queries join it
   * as {@code unnest(?)}: {@code id = ANY(?)} made H2 scan the whole table for every level.
   */
  static Array ids(PreparedStatement statement, Collection<Long> ids) throws java.sql.SQLException {
    return statement.getConnection().createArrayOf("BIGINT", ids.toArray());
  }

  /** Reads (next item, item it was reached from) for the relations touching a frontier. */
  private static String step(String known, String next, Set<RelationKind> kinds) {
    String names = kinds.stream().map(k -> "'" + k.name() + "'").collect(Collectors.joining(", "));
    return ("SELECT r.%s, r.%s FROM unnest(?) AS f(id) JOIN ci_relation r ON r.%s = f.id"
            + " WHERE r.tenant_id = ? AND r.kind IN (%s)")
        .formatted(next, known, known, names);
  }
}
