package io.atumdesk.macro;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Reply templates, always asked for by tenant. */
interface ReplyTemplates extends JpaRepository<ReplyTemplate, Long> {

  Optional<ReplyTemplate> findByTenantIdAndId(String tenantId, Long id);

  Optional<ReplyTemplate> findByTenantIdAndNameIgnoreCase(String tenantId, String name);

  List<ReplyTemplate> findByTenantIdOrderByName(String tenantId);

  boolean existsByTenantId(String tenantId);
}
