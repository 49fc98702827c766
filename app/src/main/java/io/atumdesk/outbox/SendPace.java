package io.atumdesk.outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out send slots per sending account, {@code pace} apart, so that messages queued at once (a
 * broadcast) become due one by one at the rate the provider allows. The account's row is locked
 * while slots are taken, so concurrent broadcasts, on any node, line up behind each other.
 */
@Component
class SendPace {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  SendPace(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The due times of {@code count} messages: from now, or after the account's last slot. */
  @Transactional(propagation = Propagation.MANDATORY)
  public List<Instant> take(
      String tenantId, String channel, String account, int count, Duration pace, Instant now) {
    ensureRow(tenantId, channel, account, now);
    Instant next =
        jdbc.queryForObject(
                "SELECT next_slot_at FROM send_pace"
                    + " WHERE tenant_id = ? AND channel = ? AND account = ? FOR UPDATE",
                OffsetDateTime.class,
                tenantId,
                channel,
                account)
            .toInstant();
    Instant slot = next.isAfter(now) ? next : now;
    List<Instant> slots = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      slots.add(slot);
      slot = slot.plus(pace);
    }
    jdbc.update(
        "UPDATE send_pace SET next_slot_at = ? WHERE tenant_id = ? AND channel = ? AND account = ?",
        slot.atOffset(ZoneOffset.UTC),
        tenantId,
        channel,
        account);
    return slots;
  }

  /** Created apart from the caller's transaction, so a second node's insert cannot undo it. */
  private void ensureRow(String tenantId, String channel, String account, Instant now) {
    ownTransaction.executeWithoutResult(
        status -> {
          try {
            jdbc.update(
                "INSERT INTO send_pace (tenant_id, channel, account, next_slot_at)"
                    + " SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM send_pace"
                    + " WHERE tenant_id = ? AND channel = ? AND account = ?)",
                tenantId,
                channel,
                account,
                now.atOffset(ZoneOffset.UTC),
                tenantId,
                channel,
                account);
          } catch (DuplicateKeyException raced) {
            status.setRollbackOnly(); // another node created it a moment ago: that row serves
          }
        });
  }
}
