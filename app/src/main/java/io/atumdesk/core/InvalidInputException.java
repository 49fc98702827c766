package io.atumdesk.core;

import java.util.List;

/** Input a person must correct, with one message per offending field. */
public class InvalidInputException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidInputException(String message, List<FieldProblem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  public InvalidInputException(String field, String message) {
    this("Field '" + field + "' " + message + ".", List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  public record FieldProblem(String field, String message) {}
}
