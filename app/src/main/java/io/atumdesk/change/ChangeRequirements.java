package io.atumdesk.change;

import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.InvalidInputException.FieldProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields each stage needs before a change may enter it; a refusal names every missing field.
 * Assessment needs the plan; scheduling also the rollback plan and test evidence (a standard
 * change's template carries both) and a window that ends after it starts.
 */
final class ChangeRequirements {

  private ChangeRequirements() {}

  static void forAssessment(String plan) {
    List<FieldProblem> problems = new ArrayList<>();
    require(problems, "plan", plan, "is needed before the change is assessed");
    refuseIf(problems, "assessed yet");
  }

  static void forScheduling(Change change, Instant start, Instant end) {
    List<FieldProblem> problems = new ArrayList<>();
    if (change.type() != ChangeType.STANDARD) {
      require(problems, "rollbackPlan", change.rollbackPlan(), "is needed before scheduling");
      require(problems, "testEvidence", change.testEvidence(), "is needed before scheduling");
    }
    if (start == null) {
      problems.add(new FieldProblem("plannedStart", "must be given"));
    }
    if (end == null) {
      problems.add(new FieldProblem("plannedEnd", "must be given"));
    }
    if (start != null && end != null && !end.isAfter(start)) {
      problems.add(new FieldProblem("plannedEnd", "must be after plannedStart"));
    }
    refuseIf(problems, "scheduled yet");
  }

  /** The longest plan, evidence, notes or comment a change keeps (its columns' size). */
  static final int TEXT_MAX = 20000;

  /** The longest reason (withdrawal, blackout override). */
  static final int REASON_MAX = 2000;

  /** The most items one change may name. */
  static final int ITEMS_MAX = 200;

  static void limit(List<FieldProblem> problems, String field, String value, int max) {
    if (value != null && value.length() > max) {
      problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
    }
  }

  /** 400 naming each text longer than the change keeps. */
  static void limitTexts(
      String plan, String rollbackPlan, String testEvidence, List<String> items) {
    List<FieldProblem> problems = new ArrayList<>();
    limit(problems, "plan", plan, TEXT_MAX);
    limit(problems, "rollbackPlan", rollbackPlan, TEXT_MAX);
    limit(problems, "testEvidence", testEvidence, TEXT_MAX);
    if (items != null && items.size() > ITEMS_MAX) {
      problems.add(new FieldProblem("affectedCis", "must name at most " + ITEMS_MAX + " items"));
    }
    refuseIf(problems, "saved");
  }

  /** 400 when a single text is longer than {@code max}. */
  static void limitText(String field, String value, int max) {
    List<FieldProblem> problems = new ArrayList<>();
    limit(problems, field, value, max);
    refuseIf(problems, "saved");
  }

  static void require(List<FieldProblem> problems, String field, String value, String message) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(field, message));
    }
  }

  static void refuseIf(List<FieldProblem> problems, String what) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          "The change cannot be "
              + what
              + ": "
              + String.join(
                  ", ", problems.stream().map(p -> p.field() + " " + p.message()).toList())
              + ".",
          problems);
    }
  }
}
