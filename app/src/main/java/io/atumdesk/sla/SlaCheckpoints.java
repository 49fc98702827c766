package io.atumdesk.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires the checkpoints that fell due: warning, breach and the later escalations. Each clock is
 * handled in its own transaction; the version column makes a second node (or a second run) that
 * reached the same checkpoint give way, so every checkpoint fires exactly once.
 */
@Service
public class SlaCheckpoints {

  private static final Logger log = LoggerFactory.getLogger(SlaCheckpoints.class);
  private static final int BATCH = 200;

  private final SlaClockRecords clocks;
  private final SlaClocks slaClocks;
  private final SlaEscalation escalation;
  private final TransactionTemplate transaction;
  private final Clock clock;

  SlaCheckpoints(
      SlaClockRecords clocks,
      SlaClocks slaClocks,
      SlaEscalation escalation,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.clocks = clocks;
    this.slaClocks = slaClocks;
    this.escalation = escalation;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  /** Fires what is due now; the scheduled job calls this. */
  public int fireDue() {
    return fireDue(clock.instant());
  }

  /**
   * Fires every checkpoint due at {@code now}, a batch at a time, each clock in its own
   * transaction; tests pass a moved clock instead of waiting.
   */
  public int fireDue(Instant now) {
    int fired = 0;
    while (true) {
      List<Long> due = clocks.findDue(now, Limit.of(BATCH));
      int firedInBatch = 0;
      for (Long id : due) {
        try {
          firedInBatch += transaction.execute(status -> fire(id, now));
        } catch (OptimisticLockingFailureException raced) {
          log.debug("Clock {} was handled by another node", id);
        }
      }
      fired += firedInBatch;
      // A short batch was the last; a batch that fired nothing (others took it) ends the round.
      if (due.size() < BATCH || firedInBatch == 0) {
        return fired;
      }
    }
  }

  private int fire(Long id, Instant now) {
    SlaClockRecord record = clocks.findById(id).orElse(null);
    if (record == null
        || record.nextCheckpointAt() == null
        || record.nextCheckpointAt().isAfter(now)) {
      return 0;
    }
    List<Double> checkpoints = slaClocks.checkpoints();
    SlaClock value = record.clock(slaClocks.calendar(record));
    int fired = 0;
    // A node that was down may find several checkpoints due; each fires once, in order.
    while (record.nextCheckpointAt() != null && !record.nextCheckpointAt().isAfter(now)) {
      double share = checkpoints.get(record.checkpointsReached());
      Instant at = record.nextCheckpointAt();
      record.checkpointReached(share, at);
      record.update(value, checkpoints);
      escalation.checkpointReached(record, share, at);
      fired++;
    }
    clocks.saveAndFlush(record);
    return fired;
  }
}
