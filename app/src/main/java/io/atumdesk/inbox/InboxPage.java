package io.atumdesk.inbox;

import java.util.List;

/** A page of rows; {@code nextCursor} fetches the rows after it and is null on the last page. */
public record InboxPage(List<InboxRow> items, String nextCursor) {

  public InboxPage {
    items = List.copyOf(items);
  }
}
