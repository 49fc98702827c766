package io.atumdesk.studio;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's studio audit trail. */
interface StudioAuditEntries extends JpaRepository<StudioAuditEntry, Long> {

  List<StudioAuditEntry> findTop200ByModelKeyOrderByHappenedAtDescIdDesc(String modelKey);
}
