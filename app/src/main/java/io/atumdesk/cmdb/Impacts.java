package io.atumdesk.cmdb;

import io.atumdesk.core.Actor;
import io.atumdesk.core.TenantContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Impact analysis: the business services hit when an item fails. Other modules (change risk, the
 * incident page) call {@link #impactOf(CiKey)} inside their tenant.
 */
@Service
public class Impacts {

  private final Cmdb cmdb;
  private final ConfigurationItems items;
  private final RelationGraph graph;
  private final CmdbProperties properties;

  Impacts(Cmdb cmdb, ConfigurationItems items, RelationGraph graph, CmdbProperties properties) {
    this.cmdb = cmdb;
    this.items = items;
    this.graph = graph;
    this.properties = properties;
  }

  /** For an agent or admin asking through the API or a page. */
  @Transactional(readOnly = true)
  public Impact impact(Actor actor, CiKey key) {
    CmdbAccess.requireReader(actor);
    return of(cmdb.find(actor.tenantId(), key));
  }

  /**
   * The impact of an item of the current thread's tenant, for other modules.
   *
   * @throws io.atumdesk.core.NotFoundException if the tenant has no such item
   */
  @Transactional(readOnly = true)
  public Impact impactOf(CiKey key) {
    return of(cmdb.find(TenantContext.required(), key));
  }

  Impact of(ConfigurationItem item) {
    String tenantId = item.tenantId();
    RelationGraph.Walk walk = graph.upwards(tenantId, item.id(), properties.impactDepth());
    List<Long> reached = new ArrayList<>(walk.reached().keySet());
    Set<Long> services = new HashSet<>();
    for (int i = 0; i < reached.size(); i += RelationGraph.BATCH) {
      services.addAll(
          items.servicesAmong(
              tenantId, reached.subList(i, Math.min(reached.size(), i + RelationGraph.BATCH))));
    }
    Map<Long, List<Long>> paths =
        services.stream().collect(Collectors.toMap(Function.identity(), walk::pathTo));
    Set<Long> onPaths = new HashSet<>();
    paths.values().forEach(onPaths::addAll);
    Map<Long, CiRef> refs = refs(tenantId, onPaths);
    List<ImpactedService> impacted =
        paths.entrySet().stream()
            .map(
                e ->
                    new ImpactedService(
                        refs.get(e.getKey()), e.getValue().stream().map(refs::get).toList()))
            .sorted(
                Comparator.comparingInt(ImpactedService::distance)
                    .thenComparing(s -> s.service().name()))
            .toList();
    Criticality highest =
        impacted.stream()
            .map(s -> s.service().criticality())
            .filter(Objects::nonNull)
            .max(Comparator.naturalOrder())
            .orElse(null);
    return new Impact(CiRef.of(item), impacted, highest, walk.truncated());
  }

  private Map<Long, CiRef> refs(String tenantId, Set<Long> ids) {
    List<Long> all = new ArrayList<>(ids);
    Map<Long, CiRef> refs = new java.util.HashMap<>();
    for (int i = 0; i < all.size(); i += RelationGraph.BATCH) {
      items
          .findByTenantIdAndIdIn(
              tenantId, all.subList(i, Math.min(all.size(), i + RelationGraph.BATCH)))
          .forEach(item -> refs.put(item.id(), CiRef.of(item)));
    }
    return refs;
  }
}
