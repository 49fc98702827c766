package io.atumdesk.outbox;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The current tenant's outbox. */
interface OutboxMessages extends JpaRepository<OutboxMessage, Long> {

  Page<OutboxMessage> findByStatus(OutboxStatus status, Pageable page);

  List<OutboxMessage> findByTicketKeyOrderById(String ticketKey);

  @Query("select m.status, count(m) from OutboxMessage m group by m.status")
  List<Object[]> countByStatus();
}
