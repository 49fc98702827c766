package io.atumdesk.inbox.internal;

import io.atumdesk.core.Actor;
import io.atumdesk.inbox.InboxPage;
import io.atumdesk.inbox.InboxQuery;
import io.atumdesk.inbox.InboxRow;
import io.atumdesk.inbox.InboxView;
import io.atumdesk.inbox.ViewCount;
import io.atumdesk.ticket.Priority;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.ticket.TicketType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Pages and counts of the inbox views, straight from the ticket table, one tenant at a time. */
@Component
public class InboxReadModel {

  private static final String COLUMNS =
      "t.id, t.ticket_key, t.type, t.status, t.priority, t.subject, t.requester,"
          + " t.assignment_group, t.assignee, t.category, t.created_at, t.updated_at";

  private final NamedParameterJdbcTemplate jdbc;
  private final ViewCondition conditions;
  private final SlaSummaries slas;
  private final InboxProperties properties;
  private final JsonMapper json;

  InboxReadModel(
      NamedParameterJdbcTemplate jdbc,
      ViewCondition conditions,
      SlaSummaries slas,
      InboxProperties properties,
      JsonMapper json) {
    this.jdbc = jdbc;
    this.conditions = conditions;
    this.slas = slas;
    this.properties = properties;
    this.json = json;
  }

  public InboxPage page(Actor actor, InboxQuery query) {
    MapSqlParameterSource parameters = conditions.parameters(actor);
    SortKeys order = SortKeys.of(query.view(), query.sort());
    String where =
        conditions.filtered(conditions.of(query.view(), parameters), query.filter(), parameters);
    if (query.cursor() != null) {
      var after = Cursor.decode(query.cursor(), cursorSort(query), order.keys().size(), json);
      where += " AND " + order.after(after.keys(), parameters);
    }
    parameters.addValue("limit", query.size() + 1);
    String sql =
        "SELECT %s, %s FROM ticket t WHERE %s ORDER BY %s LIMIT :limit"
            .formatted(COLUMNS, order.selected(), where, order.orderBy());
    List<Found> found = jdbc.query(sql, parameters, (rs, n) -> found(rs, order));
    boolean more = found.size() > query.size();
    List<Found> page = more ? found.subList(0, query.size()) : found;
    var summaries = slas.of(actor.tenantId(), page.stream().map(Found::id).toList());
    List<InboxRow> rows = new ArrayList<>();
    page.forEach(f -> rows.add(f.row(summaries.get(f.id()))));
    String next =
        more ? new Cursor(cursorSort(query), page.get(page.size() - 1).keys()).encode(json) : null;
    return new InboxPage(rows, next);
  }

  /** Every view's count, capped, in one statement. */
  public List<ViewCount> counts(Actor actor) {
    MapSqlParameterSource parameters = conditions.parameters(actor);
    parameters.addValue("cap", properties.countCap() + 1);
    InboxView[] views = InboxView.values();
    StringJoiner select = new StringJoiner(", ", "SELECT ", "");
    for (int i = 0; i < views.length; i++) {
      select.add(
          "(SELECT COUNT(*) FROM (SELECT t.id FROM ticket t WHERE %s LIMIT :cap) v%d) AS n%d"
              .formatted(conditions.of(views[i], parameters), i, i));
    }
    return jdbc.queryForObject(
        select.toString(),
        parameters,
        (rs, n) -> {
          List<ViewCount> counts = new ArrayList<>();
          for (int i = 0; i < views.length; i++) {
            long count = rs.getLong("n" + i);
            boolean capped = count > properties.countCap();
            counts.add(new ViewCount(views[i], capped ? properties.countCap() : count, capped));
          }
          return counts;
        });
  }

  /** A cursor belongs to a view's order (MY_GROUPS puts unassigned first) and a sort. */
  private static String cursorSort(InboxQuery query) {
    return (query.view() == InboxView.MY_GROUPS ? "unassigned-first," : "") + query.sort();
  }

  private static Found found(ResultSet rs, SortKeys order) throws SQLException {
    return new Found(
        rs.getLong("id"),
        rs.getString("ticket_key"),
        TicketType.valueOf(rs.getString("type")),
        TicketStatus.valueOf(rs.getString("status")),
        rs.getString("priority") == null ? null : Priority.valueOf(rs.getString("priority")),
        rs.getString("subject"),
        rs.getString("requester"),
        rs.getString("assignment_group"),
        rs.getString("assignee"),
        rs.getString("category"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("updated_at", OffsetDateTime.class),
        order.of(rs));
  }

  private record Found(
      long id,
      String key,
      TicketType type,
      TicketStatus status,
      Priority priority,
      String subject,
      String requester,
      String group,
      String assignee,
      String category,
      OffsetDateTime createdAt,
      OffsetDateTime updatedAt,
      List<Object> keys) {

    InboxRow row(InboxRow.Sla sla) {
      return new InboxRow(
          key,
          type,
          status,
          priority,
          subject,
          requester,
          group,
          assignee,
          category,
          createdAt.toInstant(),
          updatedAt.toInstant(),
          sla);
    }
  }
}
