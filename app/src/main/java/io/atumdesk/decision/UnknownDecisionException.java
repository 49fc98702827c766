package io.atumdesk.decision;

/** No decision table has the requested id. */
public class UnknownDecisionException extends io.atumdesk.core.NotFoundException {

  private final String decisionId;

  public UnknownDecisionException(String decisionId) {
    super("Decision table", decisionId);
    this.decisionId = decisionId;
  }

  public String decisionId() {
    return decisionId;
  }
}
