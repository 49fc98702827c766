package io.atumdesk.inbox.internal;

import io.atumdesk.inbox.InboxSort;
import io.atumdesk.inbox.InboxView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The ORDER BY of a page as a list of never-null expressions, the id last, and the keyset ("seek")
 * condition that continues after a cursor: rows after the last one in exactly that order, so pages
 * neither repeat nor skip rows, ties included, without OFFSET.
 */
record SortKeys(List<Key> keys) {

  /** An expression to sort by, selected as {@code k<i>} so the cursor can remember it. */
  record Key(String expression, Class<?> type, boolean ascending) {}

  /** Stands in for "no running clock", so those tickets come after every due date. */
  static final OffsetDateTime NO_DUE_DATE = OffsetDateTime.parse("9999-12-31T00:00:00Z");

  static SortKeys of(InboxView view, InboxSort sort) {
    List<Key> keys = new ArrayList<>();
    if (view == InboxView.MY_GROUPS) {
      keys.add(new Key("CASE WHEN t.assignee IS NULL THEN 0 ELSE 1 END", Integer.class, true));
    }
    keys.add(new Key(expression(sort.by()), type(sort.by()), sort.ascending()));
    keys.add(new Key("t.id", Long.class, sort.ascending()));
    return new SortKeys(List.copyOf(keys));
  }

  private static String expression(InboxSort.By by) {
    return switch (by) {
      case PRIORITY -> "COALESCE(t.priority, 'P9')";
      case CREATED -> "t.created_at";
      case UPDATED -> "t.updated_at";
      case KEY -> "t.ticket_key";
      case SLA_DUE ->
          "COALESCE((SELECT MIN(c.due_at) FROM sla_clock c WHERE c.ticket_id = t.id AND "
              + ViewCondition.RUNNING_CLOCK
              + "), :noDueDate)";
    };
  }

  private static Class<?> type(InboxSort.By by) {
    return switch (by) {
      case PRIORITY, KEY -> String.class;
      case CREATED, UPDATED, SLA_DUE -> OffsetDateTime.class;
    };
  }

  /** The sort keys of a row as selected, in the types a cursor keeps. */
  List<Object> of(ResultSet row) throws SQLException {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      values.add(row.getObject("k" + i, keys.get(i).type()));
    }
    return values;
  }

  String selected() {
    StringJoiner columns = new StringJoiner(", ");
    for (int i = 0; i < keys.size(); i++) {
      columns.add(keys.get(i).expression() + " AS k" + i);
    }
    return columns.toString();
  }

  /** The keys as {@link #selected} them in the subquery {@code alias}. */
  String selectedAgain(String alias) {
    StringJoiner columns = new StringJoiner(", ");
    for (int i = 0; i < keys.size(); i++) {
      columns.add(alias + ".k" + i);
    }
    return columns.toString();
  }

  /** The same order over the keys selected in the subquery {@code alias}. */
  String orderByAgain(String alias) {
    StringJoiner order = new StringJoiner(", ");
    for (int i = 0; i < keys.size(); i++) {
      order.add(alias + ".k" + i + (keys.get(i).ascending() ? " ASC" : " DESC"));
    }
    return order.toString();
  }

  String orderBy() {
    StringJoiner order = new StringJoiner(", ");
    keys.forEach(k -> order.add(k.expression() + (k.ascending() ? " ASC" : " DESC")));
    return order.toString();
  }

  /**
   * {@code (k0 > :c0) OR (k0 = :c0 AND k1 > :c1) OR ...}, each with its own direction, behind a
   * plain range on the first key that an index can start from.
   */
  String after(List<Object> cursor, MapSqlParameterSource parameters) {
    for (int i = 0; i < keys.size(); i++) {
      parameters.addValue("c" + i, cursor.get(i));
    }
    StringJoiner any = new StringJoiner(" OR ");
    for (int i = 0; i < keys.size(); i++) {
      StringJoiner all = new StringJoiner(" AND ", "(", ")");
      for (int j = 0; j < i; j++) {
        all.add(keys.get(j).expression() + " = :c" + j);
      }
      all.add(keys.get(i).expression() + (keys.get(i).ascending() ? " > :c" : " < :c") + i);
      any.add(all.toString());
    }
    Key first = keys.get(0);
    return first.expression() + (first.ascending() ? " >= :c0" : " <= :c0") + " AND (" + any + ")";
  }
}
