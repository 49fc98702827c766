package io.atumdesk.outbox;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The outbox messages of the current tenant's broadcasts. */
interface BroadcastMessages extends Repository<OutboxMessage, Long> {

  @Query(
      "select m.status, count(m) from OutboxMessage m where m.broadcastId = :broadcast"
          + " group by m.status")
  List<Object[]> countByStatus(long broadcast);
}
