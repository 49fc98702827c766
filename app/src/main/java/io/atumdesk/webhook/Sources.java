package io.atumdesk.webhook;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Inbound webhook sources, asked for by their tenant. */
interface Sources extends JpaRepository<Source, Long> {

  Optional<Source> findByTenantIdAndName(String tenantId, String name);

  List<Source> findByTenantIdOrderByName(String tenantId);

  Optional<Source> findByTenantIdAndId(String tenantId, Long id);
}
