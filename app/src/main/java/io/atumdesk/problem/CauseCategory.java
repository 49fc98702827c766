package io.atumdesk.problem;

/** Where a problem's root cause lies, for reporting on what keeps breaking. */
public enum CauseCategory {
  SOFTWARE,
  HARDWARE,
  NETWORK,
  CAPACITY,
  CONFIGURATION,
  CHANGE,
  THIRD_PARTY,
  PROCESS,
  HUMAN_ERROR,
  UNKNOWN
}
