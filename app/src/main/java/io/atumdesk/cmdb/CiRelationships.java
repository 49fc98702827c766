package io.atumdesk.cmdb;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Typed relations between items of one tenant. A depends-on or runs-on relation that would close a
 * cycle is refused with the cycle's path, so that an item never depends on itself.
 */
@Service
public class CiRelationships {

  private final Cmdb cmdb;
  private final CiRelations relations;
  private final ConfigurationItems items;
  private final RelationGraph graph;
  private final Clock clock;

  CiRelationships(
      Cmdb cmdb,
      CiRelations relations,
      ConfigurationItems items,
      RelationGraph graph,
      Clock clock) {
    this.cmdb = cmdb;
    this.relations = relations;
    this.items = items;
    this.graph = graph;
    this.clock = clock;
  }

  /** The item's relations, outgoing first, by kind and the other item's name. */
  @Transactional(readOnly = true)
  public List<RelationView> relationsOf(Actor actor, CiKey key) {
    CmdbAccess.requireReader(actor);
    ConfigurationItem item = cmdb.find(actor.tenantId(), key);
    List<CiRelation> all =
        relations.findByTenantIdAndSourceIdOrTenantIdAndTargetId(
            actor.tenantId(), item.id(), actor.tenantId(), item.id());
    Set<Long> others = new HashSet<>();
    all.forEach(r -> others.add(r.sourceId().equals(item.id()) ? r.targetId() : r.sourceId()));
    Map<Long, CiRef> refs =
        items.findByTenantIdAndIdIn(actor.tenantId(), others).stream()
            .collect(Collectors.toMap(ConfigurationItem::id, CiRef::of));
    return all.stream()
        .map(r -> view(r, item.id(), refs))
        .sorted(
            Comparator.comparing((RelationView v) -> !v.outgoing())
                .thenComparing(RelationView::kind)
                .thenComparing(v -> v.other().name()))
        .toList();
  }

  /**
   * Records {@code key kind other}, such as {@code mail-app depends on mail-db}.
   *
   * @throws ConflictException if it exists, or would close a depends-on / runs-on cycle
   */
  @Transactional
  public RelationView relate(Actor actor, CiKey key, RelationKind kind, CiKey other) {
    CmdbAccess.requireWriter(actor);
    if (kind == null) {
      throw new InvalidInputException(
          "kind", "must be DEPENDS_ON, RUNS_ON, CONNECTS_TO or OWNED_BY");
    }
    if (other == null) {
      throw new InvalidInputException("target", "must be the key of an item, such as CI-000001");
    }
    ConfigurationItem source = cmdb.find(actor.tenantId(), key);
    ConfigurationItem target = cmdb.find(actor.tenantId(), other);
    CiRelation relation =
        add(actor.tenantId(), actor.username(), source, kind, target)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "%s %s %s is recorded already."
                            .formatted(source.key(), kind.label(), target.key())));
    return view(relation, source.id(), Map.of(target.id(), CiRef.of(target)));
  }

  @Transactional
  public void unrelate(Actor actor, CiKey key, long relationId) {
    CmdbAccess.requireWriter(actor);
    ConfigurationItem item = cmdb.find(actor.tenantId(), key);
    CiRelation relation =
        relations
            .findByTenantIdAndId(actor.tenantId(), relationId)
            .filter(r -> r.sourceId().equals(item.id()) || r.targetId().equals(item.id()))
            .orElseThrow(() -> new NotFoundException("Relation", relationId));
    relations.delete(relation);
  }

  /**
   * Adds the relation unless it exists (then empty), for the API and the import.
   *
   * @throws InvalidInputException if it relates an item to itself
   * @throws ConflictException if it would close a depends-on / runs-on cycle
   */
  Optional<CiRelation> add(
      String tenantId,
      String by,
      ConfigurationItem source,
      RelationKind kind,
      ConfigurationItem target) {
    if (source.id().equals(target.id())) {
      throw new InvalidInputException(
          "target", "must be another item: an item cannot " + kind.label() + " itself");
    }
    var existing =
        relations.findByTenantIdAndSourceIdAndKindAndTargetId(
            tenantId, source.id(), kind, target.id());
    if (existing.isPresent()) {
      return Optional.empty();
    }
    if (RelationKind.ACYCLIC.contains(kind)) {
      graph
          .pathDown(tenantId, target.id(), source.id())
          .ifPresent(path -> refuseCycle(tenantId, source, kind, path));
    }
    return Optional.of(
        relations.saveAndFlush(
            new CiRelation(tenantId, source.id(), kind, target.id(), by, clock.instant())));
  }

  private void refuseCycle(
      String tenantId, ConfigurationItem source, RelationKind kind, List<Long> path) {
    Map<Long, CiRef> refs =
        items.findByTenantIdAndIdIn(tenantId, path).stream()
            .collect(Collectors.toMap(ConfigurationItem::id, Function.identity()))
            .entrySet()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> CiRef.of(e.getValue())));
    String cycle =
        CiRef.of(source).shown()
            + " -> "
            + path.stream().map(id -> refs.get(id).shown()).collect(Collectors.joining(" -> "));
    throw new ConflictException(
        "%s %s %s would close the cycle %s; depends-on and runs-on relations may form no cycle."
            .formatted(source.key(), kind.label(), refs.get(path.get(0)).key(), cycle));
  }

  private static RelationView view(CiRelation r, Long from, Map<Long, CiRef> refs) {
    boolean outgoing = r.sourceId().equals(from);
    return new RelationView(
        r.id(), r.kind(), outgoing, refs.get(outgoing ? r.targetId() : r.sourceId()));
  }
}
