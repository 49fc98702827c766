package io.atumdesk.problem;

import io.atumdesk.ticket.LinkView;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * A problem as the API and pages show it: its ticket's essentials, the investigation, the known
 * error once published, the fix, the linked incidents and the steps it waits at. Keys are written
 * as text on the API.
 */
public record ProblemView(
    @JsonSerialize(using = ToStringSerializer.class) TicketKey key,
    String subject,
    TicketStatus status,
    String category,
    String assignmentGroup,
    Investigation investigation,
    KnownError knownError,
    FixState fixState,
    String fixChangeKey,
    String fixNote,
    Instant resolvedAt,
    List<LinkedIncident> incidents,
    List<String> waitingAt) {

  static ProblemView of(
      Ticket ticket, Problem problem, List<LinkView> incidents, List<String> waitingAt) {
    return new ProblemView(
        ticket.key(),
        ticket.subject(),
        ticket.status(),
        ticket.category(),
        ticket.assignmentGroup(),
        problem.investigation(),
        problem.published() ? KnownError.of(problem, ticket.subject(), Set.of()) : null,
        problem.fixState(),
        problem.fixChangeKey(),
        problem.fixNote(),
        problem.resolvedAt(),
        incidents.stream().map(LinkedIncident::of).toList(),
        waitingAt);
  }
}
