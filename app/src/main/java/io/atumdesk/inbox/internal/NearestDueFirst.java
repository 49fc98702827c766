package io.atumdesk.inbox.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Pages sorted by nearest SLA due date without computing it for every ticket: first the running
 * clocks in due order along their index, each ticket at its nearest clock only; once those run out,
 * the tickets without a running clock by id. Same keys and cursors as the general order ({@link
 * SortKeys}: due date or {@link SortKeys#NO_DUE_DATE}, then id), so both agree row for row.
 */
@Component
class NearestDueFirst {

  private static final String RUNNING = ViewCondition.RUNNING_CLOCK.replace("c.", "d.");

  private static final String CLOCKS_FIRST =
      "SELECT "
          + FoundRow.COLUMNS
          + ", c.due_at AS k0, t.id AS k1 FROM sla_clock c JOIN ticket t ON t.id = c.ticket_id"
          + " WHERE "
          + ViewCondition.RUNNING_CLOCK
          + " AND c.due_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sla_clock d WHERE "
          + RUNNING
          + " AND d.ticket_id = c.ticket_id AND (d.due_at < c.due_at"
          + " OR (d.due_at = c.due_at AND d.id < c.id))) AND %s"
          + " ORDER BY c.due_at ASC, c.ticket_id ASC LIMIT :limit";

  private static final String THEN_THE_REST =
      "SELECT "
          + FoundRow.COLUMNS
          + ", CAST(:noDueDate AS TIMESTAMP WITH TIME ZONE) AS k0, t.id AS k1 FROM ticket t"
          + " WHERE NOT EXISTS (SELECT 1 FROM"
          + " sla_clock d WHERE "
          + RUNNING
          + " AND d.ticket_id = t.id AND d.due_at IS NOT NULL) AND %s"
          + " ORDER BY t.id ASC LIMIT :limit";

  private final NamedParameterJdbcTemplate jdbc;

  NearestDueFirst(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Up to {@code limit} rows matching {@code where} after {@code cursor} (due, id) or from the
   * start.
   */
  List<FoundRow> find(
      String where,
      MapSqlParameterSource parameters,
      List<Object> cursor,
      int limit,
      SortKeys order) {
    List<FoundRow> found = new ArrayList<>();
    boolean pastClocks =
        cursor != null && SortKeys.NO_DUE_DATE.isEqual((OffsetDateTime) cursor.get(0));
    if (!pastClocks) {
      String seek =
          cursor == null
              ? ""
              : " AND c.due_at >= :c0 AND (c.due_at > :c0 OR (c.due_at = :c0 AND c.ticket_id > :c1))";
      bind(parameters, cursor, limit);
      found.addAll(
          jdbc.query(
              CLOCKS_FIRST.formatted(where + seek),
              parameters,
              (rs, n) -> FoundRow.map(rs, order)));
    }
    if (found.size() < limit) {
      String seek = pastClocks ? " AND t.id > :c1" : "";
      bind(parameters, cursor, limit - found.size());
      found.addAll(
          jdbc.query(
              THEN_THE_REST.formatted(where + seek),
              parameters,
              (rs, n) -> FoundRow.map(rs, order)));
    }
    return found;
  }

  private static void bind(MapSqlParameterSource parameters, List<Object> cursor, int limit) {
    parameters.addValue("limit", limit);
    if (cursor != null) {
      parameters.addValue("c0", cursor.get(0)).addValue("c1", cursor.get(1));
    }
  }
}
