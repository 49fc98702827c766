package io.atumdesk.decision.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every known version of every table, keyed by decision id; the newest registered version is the
 * one evaluated. Lists are replaced, never changed, so readers need no lock.
 */
public final class DecisionRegistry {

  private final Map<String, List<CompiledTable>> versions = new ConcurrentHashMap<>();

  /** Adds a version as the latest of its table. */
  public void register(CompiledTable table) {
    versions.merge(
        table.decisionId(),
        List.of(table),
        (known, added) -> {
          List<CompiledTable> all = new ArrayList<>(known);
          all.addAll(added);
          return List.copyOf(all);
        });
  }

  public Optional<CompiledTable> latest(String decisionId) {
    List<CompiledTable> known = versions.get(decisionId);
    return known == null ? Optional.empty() : Optional.of(known.get(known.size() - 1));
  }

  /** All versions of one table, oldest first; room for history and rollback. */
  public List<CompiledTable> versions(String decisionId) {
    return versions.getOrDefault(decisionId, List.of());
  }

  public List<CompiledTable> latestOfEach() {
    return versions.keySet().stream()
        .sorted(Comparator.naturalOrder())
        .map(id -> latest(id).orElseThrow())
        .toList();
  }
}
