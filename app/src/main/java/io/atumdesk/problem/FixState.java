package io.atumdesk.problem;

/** How far a problem's fix has come. */
public enum FixState {
  /** Nobody has decided yet how it will be fixed. */
  UNDECIDED,
  /** A linked change will fix it; the problem waits for that change to be resolved or closed. */
  AWAITING_CHANGE,
  /** The linked change was resolved or closed. */
  FIXED,
  /** It will not be fixed: the risk is accepted and the workaround stays. */
  ACCEPTED;

  /** Whether the known error still describes something agents meet: not once it is fixed. */
  public boolean knownErrorActive() {
    return this != FIXED;
  }
}
