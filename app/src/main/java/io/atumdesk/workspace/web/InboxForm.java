package io.atumdesk.workspace.web;

import io.atumdesk.inbox.InboxFilter;
import io.atumdesk.inbox.InboxQuery;
import io.atumdesk.inbox.InboxSort;
import io.atumdesk.inbox.InboxView;
import io.atumdesk.inbox.SavedView;
import io.atumdesk.ticket.Priority;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.ticket.TicketType;
import java.util.Set;
import org.springframework.web.util.UriComponentsBuilder;

/** The inbox's query string: a view, its filters, the sort and where the page starts. */
record InboxForm(
    InboxView view,
    Set<TicketType> type,
    Set<TicketStatus> status,
    Set<Priority> priority,
    String assignmentGroup,
    String assignee,
    String category,
    String text,
    String sort,
    String cursor) {

  static final int PAGE_SIZE = 50;

  InboxForm {
    view = view == null ? InboxView.ALL_OPEN : view;
  }

  /** The form that opens a saved view. */
  static InboxForm of(SavedView saved) {
    InboxFilter filter = saved.filter();
    return new InboxForm(
        saved.view(),
        filter.types(),
        filter.statuses(),
        filter.priorities(),
        filter.assignmentGroup(),
        filter.assignee(),
        filter.category(),
        filter.text(),
        saved.sort().toString(),
        null);
  }

  InboxQuery query() {
    return new InboxQuery(
        view,
        new InboxFilter(type, status, priority, assignmentGroup, assignee, category, text),
        InboxSort.parse(sort),
        cursor,
        PAGE_SIZE);
  }

  InboxFilter filter() {
    return query().filter();
  }

  /** The query string of this form without its cursor, for links, saving and the next page. */
  public String queryString() {
    var uri = UriComponentsBuilder.newInstance().queryParam("view", view);
    type().forEach(value -> uri.queryParam("type", value));
    status().forEach(value -> uri.queryParam("status", value));
    priority().forEach(value -> uri.queryParam("priority", value));
    put(uri, "assignmentGroup", assignmentGroup);
    put(uri, "assignee", assignee);
    put(uri, "category", category);
    put(uri, "text", text);
    put(uri, "sort", sort);
    return uri.encode().build().getQuery();
  }

  @Override
  public Set<TicketType> type() {
    return type == null ? Set.of() : type;
  }

  @Override
  public Set<TicketStatus> status() {
    return status == null ? Set.of() : status;
  }

  @Override
  public Set<Priority> priority() {
    return priority == null ? Set.of() : priority;
  }

  private static void put(UriComponentsBuilder uri, String name, String value) {
    if (value != null && !value.isBlank()) {
      uri.queryParam(name, value);
    }
  }
}
