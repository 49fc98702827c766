package io.atumdesk.sla;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored clocks; engine and scheduler threads see every tenant's. */
interface SlaClockRecords extends JpaRepository<SlaClockRecord, Long> {

  List<SlaClockRecord> findByTicketIdOrderById(Long ticketId);

  List<SlaClockRecord> findByTaskId(String taskId);

  @org.springframework.data.jpa.repository.Query(
      "select c.id from SlaClockRecord c where c.nextCheckpointAt <= :now order by c.nextCheckpointAt")
  List<Long> findDue(java.time.Instant now, org.springframework.data.domain.Limit limit);
}
