package io.atumdesk.ticket;

/** Where a ticket stands; it follows the ticket's process and is not set by hand. */
public enum TicketStatus {
  NEW,
  IN_PROGRESS,
  PENDING,
  RESOLVED,
  CLOSED;

  public boolean isOpen() {
    return this != CLOSED;
  }
}
