package io.atumdesk.problem.web;

import io.atumdesk.problem.FixState;
import io.atumdesk.problem.Investigation;
import io.atumdesk.problem.KnownError;
import io.atumdesk.problem.ProblemView;
import io.atumdesk.ticket.LinkView;
import io.atumdesk.ticket.TicketStatus;
import java.time.Instant;
import java.util.List;

/** A problem on the API, keys as plain text. */
record ProblemResponse(
    String key,
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
    List<Incident> incidents,
    List<String> waitingAt) {

  static ProblemResponse of(ProblemView problem) {
    return new ProblemResponse(
        problem.key().value(),
        problem.subject(),
        problem.status(),
        problem.category(),
        problem.assignmentGroup(),
        problem.investigation(),
        problem.knownError(),
        problem.fixState(),
        problem.fixChangeKey(),
        problem.fixNote(),
        problem.resolvedAt(),
        problem.incidents().stream().map(Incident::of).toList(),
        problem.waitingAt());
  }

  /** A linked incident. */
  record Incident(String key, String subject, TicketStatus status) {
    static Incident of(LinkView link) {
      return new Incident(link.key().value(), link.subject(), link.status());
    }
  }
}
