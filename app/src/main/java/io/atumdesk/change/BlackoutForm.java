package io.atumdesk.change;

import io.atumdesk.core.InvalidInputException.FieldProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A blackout window to record or change; {@code version} is required to change one. */
public record BlackoutForm(
    String name, Instant startsAt, Instant endsAt, String reason, Long version) {

  static final int NAME_MAX = 200;
  static final int REASON_MAX = 2000;

  /** Every problem of the form, one per field. */
  List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    if (name == null || name.isBlank()) {
      problems.add(new FieldProblem("name", "must be given"));
    } else if (name.strip().length() > NAME_MAX) {
      problems.add(new FieldProblem("name", "must be at most " + NAME_MAX + " characters"));
    }
    if (startsAt == null) {
      problems.add(new FieldProblem("startsAt", "must be given"));
    }
    if (endsAt == null) {
      problems.add(new FieldProblem("endsAt", "must be given"));
    } else if (startsAt != null && !endsAt.isAfter(startsAt)) {
      problems.add(new FieldProblem("endsAt", "must be after startsAt"));
    }
    if (reason != null && reason.length() > REASON_MAX) {
      problems.add(new FieldProblem("reason", "must be at most " + REASON_MAX + " characters"));
    }
    return problems;
  }
}
