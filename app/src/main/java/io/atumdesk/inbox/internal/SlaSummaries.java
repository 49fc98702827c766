package io.atumdesk.inbox.internal;

import io.atumdesk.inbox.InboxRow.Sla;
import io.atumdesk.inbox.InboxRow.SlaState;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The nearest SLA clock of each ticket on a page, read in one statement for the whole page: the
 * running clock due first, or "paused" when every clock that has not stopped is paused.
 */
@Component
class SlaSummaries {

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  SlaSummaries(NamedParameterJdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  private record Row(
      long ticketId, Instant dueAt, boolean warned, boolean breached, boolean paused) {}

  Map<Long, Sla> of(String tenantId, List<Long> ticketIds) {
    if (ticketIds.isEmpty()) {
      return Map.of();
    }
    var rows =
        jdbc.query(
            "SELECT c.ticket_id, c.due_at, c.warned_at, c.breached_at, c.paused_since"
                + " FROM sla_clock c WHERE c.tenant_id = :tenant AND c.ticket_id IN (:ids)"
                + " AND c.stopped_at IS NULL",
            new MapSqlParameterSource("tenant", tenantId).addValue("ids", ticketIds),
            (rs, n) -> {
              OffsetDateTime due = rs.getObject("due_at", OffsetDateTime.class);
              return new Row(
                  rs.getLong("ticket_id"),
                  due == null ? null : due.toInstant(),
                  rs.getObject("warned_at") != null,
                  rs.getObject("breached_at") != null,
                  rs.getObject("paused_since") != null);
            });
    Map<Long, List<Row>> byTicket = new HashMap<>();
    rows.forEach(r -> byTicket.computeIfAbsent(r.ticketId(), id -> new ArrayList<>()).add(r));
    Map<Long, Sla> summaries = new HashMap<>();
    byTicket.forEach((id, clocks) -> summaries.put(id, nearest(clocks)));
    return summaries;
  }

  private Sla nearest(List<Row> clocks) {
    return clocks.stream()
        .filter(c -> !c.paused() && c.dueAt() != null)
        .min(Comparator.comparing(Row::dueAt))
        .map(c -> new Sla(c.dueAt(), state(c)))
        .orElse(new Sla(null, SlaState.PAUSED));
  }

  private SlaState state(Row running) {
    if (running.breached() || !running.dueAt().isAfter(clock.instant())) {
      return SlaState.BREACHED;
    }
    return running.warned() ? SlaState.WARNED : SlaState.RUNNING;
  }
}
