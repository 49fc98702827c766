package io.atumdesk.cmdb;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Configuration items, always asked for by tenant. */
interface ConfigurationItems extends JpaRepository<ConfigurationItem, Long> {

  Optional<ConfigurationItem> findByTenantIdAndKey(String tenantId, String key);

  Optional<ConfigurationItem> findByTenantIdAndTypeKeyAndName(
      String tenantId, String typeKey, String name);

  List<ConfigurationItem> findByTenantIdAndName(String tenantId, String name);

  List<ConfigurationItem> findByTenantIdAndIdIn(String tenantId, Collection<Long> ids);

  @Query(
      "select c from ConfigurationItem c where c.tenantId = :tenantId"
          + " and (:type is null or c.typeKey = :type)"
          + " and (:state is null or c.state = :state)"
          + " and (:text is null or lower(c.name) like :text or lower(c.key) like :text)")
  Page<ConfigurationItem> search(
      @Param("tenantId") String tenantId,
      @Param("type") String type,
      @Param("state") CiState state,
      @Param("text") String text,
      Pageable page);

  boolean existsByTenantId(String tenantId);
}
