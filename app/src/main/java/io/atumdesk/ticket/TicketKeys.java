package io.atumdesk.ticket;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out per-tenant, per-type key numbers. Each number is taken in its own short transaction,
 * before the ticket's transaction starts, so that the counter row is locked for microseconds and no
 * request holds two connections; a ticket rolled back leaves a gap, as in every tracker.
 */
@Component
class TicketKeys {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  TicketKeys(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  TicketKey next(String tenantId, TicketType type) {
    for (int attempt = 0; ; attempt++) {
      try {
        Long number = transaction.execute(status -> increment(tenantId, type.prefix()));
        return TicketKey.of(type, number);
      } catch (DuplicateKeyException raced) {
        if (attempt > 2) {
          throw raced;
        }
      }
    }
  }

  private long increment(String tenantId, String prefix) {
    int updated =
        jdbc.update(
            "UPDATE ticket_key_counter SET last_value = last_value + 1"
                + " WHERE tenant_id = ? AND prefix = ?",
            tenantId,
            prefix);
    if (updated == 0) {
      jdbc.update(
          "INSERT INTO ticket_key_counter (tenant_id, prefix, last_value) VALUES (?, ?, 1)",
          tenantId,
          prefix);
      return 1;
    }
    return jdbc.queryForObject(
        "SELECT last_value FROM ticket_key_counter WHERE tenant_id = ? AND prefix = ?",
        Long.class,
        tenantId,
        prefix);
  }
}
