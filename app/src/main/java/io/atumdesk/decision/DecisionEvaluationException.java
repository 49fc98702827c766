package io.atumdesk.decision;

/** The engine reported an error while evaluating a table, e.g. two rules of a UNIQUE table. */
public class DecisionEvaluationException extends RuntimeException {

  private final String decisionId;

  public DecisionEvaluationException(String decisionId, String message) {
    super("Decision table '" + decisionId + "' failed: " + message);
    this.decisionId = decisionId;
  }

  public String decisionId() {
    return decisionId;
  }
}
