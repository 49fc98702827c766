package io.atumdesk.assist.triage;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's thresholds row, if it has one (the tenant filter makes it at most one). */
interface TriageSettings extends JpaRepository<TriageSetting, Long> {

  Optional<TriageSetting> findFirstByOrderById();
}
