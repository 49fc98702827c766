package io.atumdesk.decision;

/** No decision table has the requested id. */
public class UnknownDecisionException extends RuntimeException {

  private final String decisionId;

  public UnknownDecisionException(String decisionId) {
    super("No decision table with id '" + decisionId + "'");
    this.decisionId = decisionId;
  }

  public String decisionId() {
    return decisionId;
  }
}
