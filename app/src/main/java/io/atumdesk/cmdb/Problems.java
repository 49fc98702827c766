package io.atumdesk.cmdb;

import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.InvalidInputException.FieldProblem;
import java.util.List;

/** Collected field problems, thrown as one {@link InvalidInputException} naming each field. */
final class Problems {

  private Problems() {}

  static void throwIfAny(List<FieldProblem> problems) {
    if (problems.size() == 1) {
      throw new InvalidInputException(problems.get(0).field(), problems.get(0).message());
    }
    if (!problems.isEmpty()) {
      String fields = String.join(", ", problems.stream().map(FieldProblem::field).toList());
      throw new InvalidInputException("Please correct: " + fields + ".", problems);
    }
  }
}
