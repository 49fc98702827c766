package io.atumdesk.assist.similar;

import io.atumdesk.inbox.LikelyDuplicates;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox's marker of a likely duplicate: the undecided flags of a page's tickets with the key of
 * the ticket each duplicates, in one statement. Plain JDBC, past Hibernate's tenant filter, so the
 * statement names the tenant on both tables itself.
 */
@Component
class FlaggedDuplicates implements LikelyDuplicates {

  private final JdbcClient jdbc;

  FlaggedDuplicates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<Long, String> undecided(String tenantId, Collection<Long> ticketIds) {
    Map<Long, String> flagged = new HashMap<>();
    if (ticketIds.isEmpty()) {
      return flagged;
    }
    jdbc.sql(
            """
            SELECT f.ticket_id, t.ticket_key FROM duplicate_flag f
            JOIN ticket t ON t.id = f.candidate_ticket_id AND t.tenant_id = :tenant
            WHERE f.tenant_id = :tenant AND f.state = :open AND f.ticket_id IN (:ids)
            """)
        .param("tenant", tenantId)
        .param("open", DuplicateFlag.State.OPEN.name())
        .param("ids", ticketIds)
        .query((rs, n) -> flagged.put(rs.getLong("ticket_id"), rs.getString("ticket_key")))
        .list();
    return flagged;
  }
}
