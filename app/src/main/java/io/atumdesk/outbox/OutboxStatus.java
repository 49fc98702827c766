package io.atumdesk.outbox;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Where a message of the outbox stands. */
public enum OutboxStatus {
  /** Waiting for its (next) try. */
  PENDING,
  /** Handed to its channel, which gave it an id. */
  SENT,
  /** Not sent and not tried again: a permanent failure or every try used; an admin may retry. */
  DEAD;

  /** Every status with its count from {@code (status, count)} rows; a status without rows is 0. */
  static Map<OutboxStatus, Long> tally(List<Object[]> rows) {
    Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
    for (OutboxStatus status : values()) {
      counts.put(status, 0L);
    }
    for (Object[] row : rows) {
      counts.put((OutboxStatus) row[0], (Long) row[1]);
    }
    return counts;
  }
}
