package io.atumdesk.problem;

import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.InvalidInputException.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/** The limits of an investigation's fields, each broken one named. */
final class InvestigationCheck {

  static final int LONG_TEXT = 20000;
  static final int WHY_TEXT = 2000;

  private InvestigationCheck() {}

  static void check(Investigation investigation) {
    if (investigation == null) {
      throw new InvalidInputException("investigation", "must be given");
    }
    List<FieldProblem> problems = new ArrayList<>();
    tooLong(problems, "timeline", investigation.timeline(), LONG_TEXT);
    tooLong(problems, "rootCause", investigation.rootCause(), LONG_TEXT);
    List<String> whys = investigation.fiveWhys() == null ? List.of() : investigation.fiveWhys();
    if (whys.size() > Investigation.WHYS) {
      problems.add(new FieldProblem("fiveWhys", "holds at most five answers"));
    }
    for (int i = 0; i < whys.size(); i++) {
      String why = whys.get(i);
      if (why == null && i < whys.size() - 1) {
        problems.add(
            new FieldProblem("fiveWhys[" + i + "]", "must be answered before the next why"));
      }
      tooLong(problems, "fiveWhys[" + i + "]", why, WHY_TEXT);
    }
    if (problems.size() == 1) {
      throw new InvalidInputException(problems.get(0).field(), problems.get(0).message());
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          "Please correct: "
              + String.join(", ", problems.stream().map(FieldProblem::field).toList())
              + ".",
          problems);
    }
  }

  private static void tooLong(List<FieldProblem> problems, String field, String text, int max) {
    if (text != null && text.length() > max) {
      problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
    }
  }
}
