package io.atumdesk.cmdb;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Links between items and tickets, asked for by tenant and one side. */
interface CiTicketLinks extends JpaRepository<CiTicketLink, Long> {

  List<CiTicketLink> findByTenantIdAndCiIdOrderByCreatedAtDesc(String tenantId, Long ciId);

  List<CiTicketLink> findByTenantIdAndTicketKeyOrderByCreatedAt(String tenantId, String ticketKey);

  Optional<CiTicketLink> findByTenantIdAndCiIdAndTicketKeyAndRole(
      String tenantId, Long ciId, String ticketKey, LinkRole role);
}
