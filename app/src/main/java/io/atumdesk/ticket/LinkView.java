package io.atumdesk.ticket;

/** A link as the ticket it is shown on sees it: the kind with its label, and the other ticket. */
public record LinkView(
    LinkKind kind, String label, TicketKey key, String subject, TicketStatus status) {

  static LinkView of(LinkKind kind, Ticket other) {
    return new LinkView(kind, kind.label(), other.key(), other.subject(), other.status());
  }
}
