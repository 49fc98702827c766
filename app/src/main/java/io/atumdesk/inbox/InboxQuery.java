package io.atumdesk.inbox;

import io.atumdesk.core.InvalidInputException;

/**
 * One page of a view: the view, its filters and sort, the cursor the previous page handed out (null
 * for the first page) and the page size (1 to {@value #MAX_SIZE}).
 */
public record InboxQuery(
    InboxView view, InboxFilter filter, InboxSort sort, String cursor, int size) {

  public static final int MAX_SIZE = 200;

  public InboxQuery {
    view = view == null ? InboxView.ALL_OPEN : view;
    filter = filter == null ? InboxFilter.NONE : filter;
    sort = sort == null ? InboxSort.DEFAULT : sort;
    cursor = cursor == null || cursor.isBlank() ? null : cursor;
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
    }
  }

  /** The first page of a view with its default sort. */
  public static InboxQuery firstPage(InboxView view, int size) {
    return new InboxQuery(view, InboxFilter.NONE, null, null, size);
  }

  /** The same query, on from {@code cursor}. */
  public InboxQuery after(String cursor) {
    return new InboxQuery(view, filter, sort, cursor, size);
  }
}
