package io.atumdesk.cmdb;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Custom CI types, always asked for by tenant. */
interface CustomCiTypes extends JpaRepository<CustomCiType, Long> {

  Optional<CustomCiType> findByTenantIdAndTypeKey(String tenantId, String typeKey);

  List<CustomCiType> findByTenantIdOrderByName(String tenantId);
}
