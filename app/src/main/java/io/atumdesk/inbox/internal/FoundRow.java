package io.atumdesk.inbox.internal;

import io.atumdesk.inbox.InboxRow;
import io.atumdesk.ticket.Priority;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.ticket.TicketType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

/** A ticket row as a page statement selected it, with its sort keys for the next cursor. */
record FoundRow(
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

  /** The columns every page statement selects from {@code ticket t}. */
  static final String COLUMNS =
      "t.id, t.ticket_key, t.type, t.status, t.priority, t.subject, t.requester,"
          + " t.assignment_group, t.assignee, t.category, t.created_at, t.updated_at";

  static FoundRow map(ResultSet rs, SortKeys order) throws SQLException {
    String priority = rs.getString("priority");
    return new FoundRow(
        rs.getLong("id"),
        rs.getString("ticket_key"),
        TicketType.valueOf(rs.getString("type")),
        TicketStatus.valueOf(rs.getString("status")),
        priority == null ? null : Priority.valueOf(priority),
        rs.getString("subject"),
        rs.getString("requester"),
        rs.getString("assignment_group"),
        rs.getString("assignee"),
        rs.getString("category"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("updated_at", OffsetDateTime.class),
        order.of(rs));
  }

  InboxRow row(InboxRow.Sla sla, String duplicateOf) {
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
        sla,
        duplicateOf);
  }
}
