package io.atumdesk.change;

/** The names shared with {@code change.bpmn20.xml}: its steps and the variables it reads. */
final class ChangeSteps {

  static final String DRAFT = "draftChange";
  static final String MANAGER_APPROVAL = "approveByManager";
  static final String CAB_VOTE = "castCabVote";
  static final String ECAB_APPROVAL = "approveByEcab";
  static final String SCHEDULE = "scheduleChange";
  static final String IMPLEMENT = "implementChange";
  static final String ROLL_BACK = "rollBackChange";
  static final String REVIEW = "reviewChange";

  static final String CHANGE_TYPE = "changeType";
  static final String SUBMITTED = "submitted";
  static final String RISK = "risk";
  static final String APPROVAL_ROUTE = "approvalRoute";
  static final String CAB_MEMBERS = "cabMembers";
  static final String CAB_QUORUM = "cabQuorum";
  static final String CAB_VETO = "cabVeto";
  static final String ECAB_TIMEOUT = "ecabTimeout";
  static final String APPROVAL_OUTCOME = "approvalOutcome";
  static final String APPROVAL_CERTAIN = "approvalCertain";
  static final String IMPLEMENTATION_RESULT = "implementationResult";

  private ChangeSteps() {}

  /** The step where the board of {@code route} votes. */
  static String approvalStep(ApprovalRoute route) {
    return switch (route) {
      case MANAGER -> MANAGER_APPROVAL;
      case CAB -> CAB_VOTE;
      case ECAB -> ECAB_APPROVAL;
      case PRE_APPROVED -> null;
    };
  }
}
