package io.atumdesk.decision;

/**
 * The engine reported an error while evaluating a table, e.g. two rules of a UNIQUE table or an
 * input of the wrong type: the inputs or the table need correcting.
 */
public class DecisionEvaluationException extends io.atumdesk.core.InvalidInputException {

  private final String decisionId;

  public DecisionEvaluationException(String decisionId, String message) {
    super(
        "Table '" + decisionId + "' cannot evaluate these inputs: " + message,
        java.util.List.of(new FieldProblem("inputs", message)));
    this.decisionId = decisionId;
  }

  public String decisionId() {
    return decisionId;
  }
}
