package io.atumdesk.inbox.internal;

import io.atumdesk.core.Actor;
import io.atumdesk.inbox.InboxPage;
import io.atumdesk.inbox.InboxQuery;
import io.atumdesk.inbox.InboxRow;
import io.atumdesk.inbox.InboxSort;
import io.atumdesk.inbox.InboxView;
import io.atumdesk.inbox.LikelyDuplicates;
import io.atumdesk.inbox.ViewCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Pages and counts of the inbox views, straight from the ticket table, one tenant at a time. */
@Component
public class InboxReadModel {

  private final NamedParameterJdbcTemplate jdbc;
  private final ViewCondition conditions;
  private final SlaSummaries slas;
  private final NearestDueFirst nearestDueFirst;
  private final InboxProperties properties;
  private final JsonMapper json;
  private final ObjectProvider<LikelyDuplicates> duplicates;

  InboxReadModel(
      NamedParameterJdbcTemplate jdbc,
      ViewCondition conditions,
      SlaSummaries slas,
      NearestDueFirst nearestDueFirst,
      InboxProperties properties,
      JsonMapper json,
      ObjectProvider<LikelyDuplicates> duplicates) {
    this.jdbc = jdbc;
    this.conditions = conditions;
    this.slas = slas;
    this.nearestDueFirst = nearestDueFirst;
    this.properties = properties;
    this.json = json;
    this.duplicates = duplicates;
  }

  public InboxPage page(Actor actor, InboxQuery query) {
    MapSqlParameterSource parameters = conditions.parameters(actor);
    SortKeys order = SortKeys.of(query.view(), query.sort());
    String where =
        conditions.filtered(conditions.of(query.view(), parameters), query.filter(), parameters);
    List<Object> after =
        query.cursor() == null
            ? null
            : Cursor.decode(query.cursor(), cursorSort(query), order.keys().size(), json).keys();
    List<FoundRow> found =
        order.keys().size() == 2 && query.sort().by() == InboxSort.By.SLA_DUE
            ? nearestDueFirst.find(where, parameters, after, query.size() + 1, order)
            : inOrder(where, parameters, after, query.size() + 1, order);
    boolean more = found.size() > query.size();
    List<FoundRow> page = more ? found.subList(0, query.size()) : found;
    List<Long> ids = page.stream().map(FoundRow::id).toList();
    var summaries = slas.of(actor.tenantId(), ids);
    Map<Long, String> flagged = flaggedDuplicates(actor.tenantId(), ids);
    List<InboxRow> rows = new ArrayList<>();
    page.forEach(f -> rows.add(f.row(summaries.get(f.id()), flagged.get(f.id()))));
    String next =
        more ? new Cursor(cursorSort(query), page.get(page.size() - 1).keys()).encode(json) : null;
    return new InboxPage(rows, next);
  }

  /**
   * The general case: every sort key an expression on the ticket row, sought past the cursor. The
   * page's ids and keys are found first and its rows read after, so an index that covers the
   * condition and the order never touches the rows it skips.
   */
  private List<FoundRow> inOrder(
      String where,
      MapSqlParameterSource parameters,
      List<Object> after,
      int limit,
      SortKeys order) {
    if (after != null) {
      where += " AND " + order.after(after, parameters);
    }
    parameters.addValue("limit", limit);
    String sql =
        ("SELECT %s, %s FROM (SELECT t.id AS page_id, %s FROM ticket t WHERE %s ORDER BY %s"
                + " LIMIT :limit) p JOIN ticket t ON t.id = p.page_id AND t.tenant_id = :tenant"
                + " ORDER BY %s")
            .formatted(
                FoundRow.COLUMNS,
                order.selectedAgain("p"),
                order.selected(),
                where,
                order.orderBy(),
                order.orderByAgain("p"));
    return jdbc.query(sql, parameters, (rs, n) -> FoundRow.map(rs, order));
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

  private Map<Long, String> flaggedDuplicates(String tenantId, List<Long> ids) {
    LikelyDuplicates answer = duplicates.getIfAvailable();
    return answer == null || ids.isEmpty() ? Map.of() : answer.undecided(tenantId, ids);
  }

  /** A cursor belongs to a view's order (MY_GROUPS puts unassigned first) and a sort. */
  private static String cursorSort(InboxQuery query) {
    return (query.view() == InboxView.MY_GROUPS ? "unassigned-first," : "") + query.sort();
  }
}
