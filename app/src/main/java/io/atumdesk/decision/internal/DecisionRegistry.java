package io.atumdesk.decision.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The compiled table each tenant evaluates, by decision id: the tenant's active version where it
 * deployed one, else the shipped table. Entries are replaced whole, so readers need no lock.
 */
public final class DecisionRegistry {

  private static final String SHIPPED = "";

  private final Map<Key, CompiledTable> active = new ConcurrentHashMap<>();

  private record Key(String tenantId, String decisionId) {}

  public void registerShipped(CompiledTable table) {
    active.put(new Key(SHIPPED, table.decisionId()), table);
  }

  /** Makes {@code table} what {@code tenantId} evaluates from now on. */
  public void activate(String tenantId, CompiledTable table) {
    active.put(new Key(tenantId, table.decisionId()), table);
  }

  /** The tenant evaluates the shipped table again. */
  public void deactivate(String tenantId, String decisionId) {
    active.remove(new Key(tenantId, decisionId));
  }

  public Optional<CompiledTable> active(String tenantId, String decisionId) {
    CompiledTable own = active.get(new Key(tenantId, decisionId));
    return Optional.ofNullable(own != null ? own : active.get(new Key(SHIPPED, decisionId)));
  }

  /** Whether the tenant's own entry already carries {@code label}. */
  public boolean isActive(String tenantId, String decisionId, String label) {
    CompiledTable own = active.get(new Key(tenantId, decisionId));
    return own != null && own.version().equals(label);
  }

  public Optional<CompiledTable> shipped(String decisionId) {
    return Optional.ofNullable(active.get(new Key(SHIPPED, decisionId)));
  }

  /** What the tenant evaluates, ordered by decision id. */
  public List<CompiledTable> activeTables(String tenantId) {
    Map<String, CompiledTable> tables = new TreeMap<>();
    active.forEach(
        (key, table) -> {
          if (key.tenantId().equals(SHIPPED)) {
            tables.putIfAbsent(key.decisionId(), table);
          } else if (key.tenantId().equals(tenantId)) {
            tables.put(key.decisionId(), table);
          }
        });
    return List.copyOf(tables.values());
  }
}
