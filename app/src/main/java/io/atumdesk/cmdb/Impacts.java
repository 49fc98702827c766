package io.atumdesk.cmdb;

import io.atumdesk.core.Actor;
import io.atumdesk.core.TenantContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Impact analysis: the business services hit when an item fails. Other modules (change risk, the
 * incident page) call {@link #impactOf(CiKey)} inside their tenant.
 */
@Service
public class Impacts {

  private final Cmdb cmdb;
  private final ItemRefs refs;
  private final RelationGraph graph;
  private final CmdbProperties properties;

  Impacts(Cmdb cmdb, ItemRefs refs, RelationGraph graph, CmdbProperties properties) {
    this.cmdb = cmdb;
    this.refs = refs;
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
    Map<Long, CiRef> services = refs.servicesAmong(tenantId, walk.reached().keySet());
    Map<Long, List<Long>> paths = new HashMap<>();
    services.keySet().forEach(id -> paths.put(id, walk.pathTo(id)));
    Set<Long> onPaths = new HashSet<>();
    paths.values().forEach(onPaths::addAll);
    Map<Long, CiRef> named = refs.of(tenantId, onPaths);
    List<ImpactedService> impacted =
        paths.entrySet().stream()
            .map(
                e ->
                    new ImpactedService(
                        services.get(e.getKey()), e.getValue().stream().map(named::get).toList()))
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
}
