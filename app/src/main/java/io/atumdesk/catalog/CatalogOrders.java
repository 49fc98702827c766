package io.atumdesk.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Orders by their ticket (filtered by tenant on request threads; engines use the ticket id). */
interface CatalogOrders extends JpaRepository<CatalogOrder, Long> {

  Optional<CatalogOrder> findByTicketId(Long ticketId);

  /** By key and tenant: keys repeat per tenant, and engine threads see every tenant. */
  Optional<CatalogOrder> findByTenantIdAndTicketKey(String tenantId, String ticketKey);

  List<CatalogOrder> findTop50ByRequesterOrderByCreatedAtDesc(String requester);
}
