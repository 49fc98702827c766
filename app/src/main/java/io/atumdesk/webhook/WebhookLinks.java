package io.atumdesk.webhook;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Links of external ids to tickets, per tenant and source. */
interface WebhookLinks extends JpaRepository<WebhookLink, Long> {

  Optional<WebhookLink> findByTenantIdAndSourceIdAndExternalId(
      String tenantId, Long sourceId, String externalId);
}
