package io.atumdesk.cmdb;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Relations between items, asked for by tenant and by one side, a batch of ids at a time. */
interface CiRelations extends JpaRepository<CiRelation, Long> {

  List<CiRelation> findByTenantIdAndTargetIdInAndKindIn(
      String tenantId, Collection<Long> targetIds, Collection<RelationKind> kinds);

  List<CiRelation> findByTenantIdAndSourceIdInAndKindIn(
      String tenantId, Collection<Long> sourceIds, Collection<RelationKind> kinds);

  List<CiRelation> findByTenantIdAndSourceIdOrTenantIdAndTargetId(
      String tenantId, Long sourceId, String sameTenantId, Long targetId);

  Optional<CiRelation> findByTenantIdAndSourceIdAndKindAndTargetId(
      String tenantId, Long sourceId, RelationKind kind, Long targetId);

  Optional<CiRelation> findByTenantIdAndId(String tenantId, Long id);
}
