package io.atumdesk.inbox;

import io.atumdesk.ticket.Priority;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.ticket.TicketType;
import java.time.Instant;

/**
 * One ticket as an inbox line shows it. {@code sla} is the nearest clock that has not stopped, or
 * null when there is none; {@code duplicateOf} the key of the ticket it is flagged as a likely
 * duplicate of while nobody decided the flag, or null.
 */
public record InboxRow(
    String key,
    TicketType type,
    TicketStatus status,
    Priority priority,
    String subject,
    String requester,
    String assignmentGroup,
    String assignee,
    String category,
    Instant createdAt,
    Instant updatedAt,
    Sla sla,
    String duplicateOf) {

  /** Where the nearest SLA clock stands; {@code dueAt} is null while all clocks are paused. */
  public record Sla(Instant dueAt, SlaState state) {}

  /** BREACHED once a clock passed its due date, WARNED once its warning fired. */
  public enum SlaState {
    RUNNING,
    WARNED,
    BREACHED,
    PAUSED
  }
}
