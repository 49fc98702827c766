package io.atumdesk.problem.web;

import io.atumdesk.problem.CauseCategory;
import io.atumdesk.problem.FixState;
import io.atumdesk.problem.KnownError;
import io.atumdesk.problem.MatchReason;
import java.time.Instant;
import java.util.Set;

/** A known error on the API, its problem's key as plain text. */
record KnownErrorResponse(
    String problem,
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

  static KnownErrorResponse of(KnownError error) {
    return new KnownErrorResponse(
        error.problem().value(),
        error.subject(),
        error.symptom(),
        error.workaround(),
        error.causeCategory(),
        error.rootCause(),
        error.category(),
        error.fixState(),
        error.publishedBy(),
        error.publishedAt(),
        error.matchedBy());
  }
}
