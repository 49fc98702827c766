package io.atumdesk.outbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims due messages of every tenant for one round of one node: the rows are locked with {@code
 * FOR UPDATE SKIP LOCKED} (PostgreSQL and H2), so a concurrent node passes over them, and leased by
 * moving their next try past the lease with this round's claim id, so no node takes them again
 * until the lease runs out (a node that died mid-send). A send is only recorded under its claim.
 */
@Component
class OutboxClaims {

  private static final String DUE =
      """
      SELECT id, tenant_id FROM outbox_message
       WHERE status = 'PENDING' AND next_attempt_at <= ?
       ORDER BY next_attempt_at, id
       FETCH FIRST ? ROWS ONLY
       FOR UPDATE SKIP LOCKED
      """;

  /** A message claimed by round {@code claim}. */
  record Claim(long id, String tenantId, String claim) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  OutboxClaims(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
  }

  List<Claim> claim(Instant now, int max, java.time.Duration lease) {
    String claim = UUID.randomUUID().toString();
    return transaction.execute(
        status -> {
          List<Claim> due =
              jdbc.query(
                  DUE,
                  (rs, row) -> new Claim(rs.getLong(1), rs.getString(2), claim),
                  utc(now),
                  max);
          for (Claim c : due) {
            jdbc.update(
                "UPDATE outbox_message SET claimed_by = ?, next_attempt_at = ? WHERE id = ?",
                claim,
                utc(now.plus(lease)),
                c.id());
          }
          return due;
        });
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
