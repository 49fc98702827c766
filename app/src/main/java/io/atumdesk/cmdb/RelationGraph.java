package io.atumdesk.cmdb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Breadth-first walks over the relations, one query per level and batch of ids, with a visited set
 * so that any data (cycles of {@code connects to}, say) ends the walk.
 */
@Component
class RelationGraph {

  static final int BATCH = 500;

  private final CiRelations relations;

  RelationGraph(CiRelations relations) {
    this.relations = relations;
  }

  /** Where a walk reached an item from: the item one step closer to the start, and how. */
  record Step(Long from, RelationKind kind, int depth) {}

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
    return walk(tenantId, start, maxDepth, null, true);
  }

  /** The path {@code from ... to} along depends-on and runs-on relations, if there is one. */
  Optional<List<Long>> pathDown(String tenantId, Long from, Long to) {
    Walk walk = walk(tenantId, from, Integer.MAX_VALUE, to, false);
    return walk.reached().containsKey(to) ? Optional.of(walk.pathTo(to)) : Optional.empty();
  }

  private Walk walk(String tenantId, Long start, int maxDepth, Long goal, boolean upwards) {
    Map<Long, Step> reached = new HashMap<>();
    reached.put(start, new Step(null, null, 0));
    List<Long> frontier = List.of(start);
    int depth = 0;
    while (!frontier.isEmpty() && depth < maxDepth && !reached.containsKey(goal)) {
      depth++;
      List<Long> next = new ArrayList<>();
      for (int i = 0; i < frontier.size(); i += BATCH) {
        List<Long> batch = frontier.subList(i, Math.min(frontier.size(), i + BATCH));
        for (CiRelation r : step(tenantId, batch, upwards)) {
          Long from = upwards ? r.targetId() : r.sourceId();
          Long to = upwards ? r.sourceId() : r.targetId();
          if (!reached.containsKey(to)) {
            reached.put(to, new Step(from, r.kind(), depth));
            next.add(to);
          }
        }
      }
      frontier = next;
    }
    return new Walk(reached, !frontier.isEmpty() && depth >= maxDepth);
  }

  private List<CiRelation> step(String tenantId, List<Long> batch, boolean upwards) {
    return upwards
        ? relations.findByTenantIdAndTargetIdInAndKindIn(tenantId, batch, RelationKind.IMPACTING)
        : relations.findByTenantIdAndSourceIdInAndKindIn(tenantId, batch, RelationKind.ACYCLIC);
  }
}
