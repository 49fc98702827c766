package io.atumdesk.change;

/**
 * Who approves a change, as the risk table decides: nobody, the change manager, the CAB, the ECAB.
 */
public enum ApprovalRoute {
  PRE_APPROVED,
  MANAGER,
  CAB,
  ECAB;

  /** The group whose members decide on this route; none for a pre-approved change. */
  public String group() {
    return switch (this) {
      case PRE_APPROVED -> null;
      case MANAGER -> ChangeGroups.CHANGE_MANAGERS;
      case CAB -> ChangeGroups.CAB;
      case ECAB -> ChangeGroups.ECAB;
    };
  }
}
