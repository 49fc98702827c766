package io.atumdesk.problem;

import io.atumdesk.ticket.TicketKey;
import java.time.Instant;
import java.util.Set;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * A published known error: the symptom agents recognise, the workaround they apply, and (on an
 * incident) why it matches. The problem's key is written as its text on the API.
 */
public record KnownError(
    @JsonSerialize(using = ToStringSerializer.class) TicketKey problem,
    String subject,
    String symptom,
    String workaround,
    CauseCategory causeCategory,
    String rootCause,
    String category,
    FixState fixState,
    String publishedBy,
    Instant publishedAt,
    Set<MatchReason> matchedBy) {

  static KnownError of(Problem problem, String subject, Set<MatchReason> matchedBy) {
    return new KnownError(
        new TicketKey(problem.ticketKey()),
        subject,
        problem.symptom(),
        problem.workaround(),
        problem.investigation().causeCategory(),
        problem.investigation().rootCause(),
        problem.category(),
        problem.fixState(),
        problem.publishedBy(),
        problem.publishedAt(),
        Set.copyOf(matchedBy));
  }
}
