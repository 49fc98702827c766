package io.atumdesk.decision.internal;

import io.atumdesk.decision.DecisionDeployments.TableProblem;
import java.util.List;

/**
 * A DMN file could not be turned into a usable decision table; the message names the file, and the
 * problems name the rule and column (or the element) where the editor can show them.
 */
public class DecisionTableCompilationException extends IllegalStateException {

  private final transient List<TableProblem> problems;

  DecisionTableCompilationException(String source, String problem) {
    this(source, problem, List.of());
  }

  DecisionTableCompilationException(String source, String problem, Throwable cause) {
    super("Decision table file '" + source + "' does not compile: " + problem, cause);
    this.problems = List.of(new TableProblem(null, null, null, problem));
  }

  DecisionTableCompilationException(String source, String problem, List<TableProblem> problems) {
    super("Decision table file '" + source + "' does not compile: " + problem);
    this.problems =
        problems.isEmpty() ? List.of(new TableProblem(null, null, null, problem)) : problems;
  }

  /** Each problem at its place; one without a place when the file as a whole is refused. */
  public List<TableProblem> problems() {
    return problems;
  }
}
