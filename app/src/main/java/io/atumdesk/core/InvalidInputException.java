package io.atumdesk.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /** The first message for each field, for a form that shows it next to that field. */
  public Map<String, String> byField() {
    Map<String, String> fields = new LinkedHashMap<>();
    problems.forEach(problem -> fields.putIfAbsent(problem.field(), problem.message()));
    return fields;
  }

  public record FieldProblem(String field, String message) {}
}
