package io.atumdesk.ticket.web;

import io.atumdesk.ticket.Level;
import io.atumdesk.ticket.Priority;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.ticket.TicketType;
import java.time.Instant;

/** A ticket as the API shows it. */
record TicketView(
    String key,
    TicketType type,
    TicketStatus status,
    Priority priority,
    String subject,
    String description,
    String requester,
    String category,
    String language,
    Level impact,
    Level urgency,
    String assignmentGroup,
    String assignee,
    String resolution,
    int reopenCount,
    Instant createdAt,
    Instant updatedAt,
    Instant resolvedAt,
    Instant closedAt,
    long version) {

  static TicketView of(Ticket t) {
    return new TicketView(
        t.key().value(),
        t.type(),
        t.status(),
        t.priority(),
        t.subject(),
        t.description(),
        t.requester(),
        t.category(),
        t.language(),
        t.impact(),
        t.urgency(),
        t.assignmentGroup(),
        t.assignee(),
        t.resolution(),
        t.reopenCount(),
        t.createdAt(),
        t.updatedAt(),
        t.resolvedAt(),
        t.closedAt(),
        t.version());
  }
}
