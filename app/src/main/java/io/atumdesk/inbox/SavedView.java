package io.atumdesk.inbox;

/** A view an agent saved under a name: a built-in view narrowed by filters, in an order. */
public record SavedView(Long id, String name, InboxView view, InboxFilter filter, InboxSort sort) {

  /** The first page of this view. */
  public InboxQuery query(int size) {
    return new InboxQuery(view, filter, sort, null, size);
  }
}
