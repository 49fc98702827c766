package io.atumdesk.alert;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Alert links, found by the tenant, source and fingerprint that identify them. */
interface AlertLinks extends JpaRepository<AlertLink, Long> {

  Optional<AlertLink> findByTenantIdAndSourceIdAndFingerprint(
      String tenantId, String sourceId, String fingerprint);
}
