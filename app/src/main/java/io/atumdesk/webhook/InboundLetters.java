package io.atumdesk.webhook;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Refused and dead inbound payloads, newest first. */
interface InboundLetters extends JpaRepository<InboundLetter, Long> {

  List<InboundLetter> findTop100ByTenantIdOrderByIdDesc(String tenantId);
}
