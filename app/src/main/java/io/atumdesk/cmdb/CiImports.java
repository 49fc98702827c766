package io.atumdesk.cmdb;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Kept import reports, by tenant. */
interface CiImports extends JpaRepository<CiImport, Long> {

  Optional<CiImport> findByTenantIdAndId(String tenantId, Long id);
}
