package io.atumdesk.alert;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** A tenant's alert sources. */
interface AlertSources extends JpaRepository<AlertSource, Long> {

  List<AlertSource> findByTenantIdOrderByKey(String tenantId);

  Optional<AlertSource> findByTenantIdAndId(String tenantId, Long id);
}
