package io.atumdesk.problem;

/**
 * The names shared between {@code problem.bpmn20.xml}, its forms and this module: the steps people
 * and events complete, and the variables the steps leave. Also the one step of the incident process
 * a resolved problem completes.
 */
final class ProblemFlow {

  static final String INVESTIGATE = "investigateProblem";
  static final String DECIDE_FIX = "decideFix";
  static final String AWAIT_CHANGE = "awaitChange";
  static final String REVIEW = "reviewProblem";

  static final String FIX = "fix";
  static final String FIX_BY_CHANGE = "change";
  static final String FIX_ACCEPTED = "accepted";
  static final String CHANGE_KEY = "changeKey";
  static final String FIX_NOTE = "fixNote";
  static final String CHANGE_DONE = "changeDone";

  static final String TIMELINE = "timeline";
  static final String WHY = "why";
  static final String CAUSE_CATEGORY = "causeCategory";
  static final String ROOT_CAUSE = "rootCause";
  static final String SYMPTOM = "symptom";
  static final String WORKAROUND = "workaround";

  static final String RESOLVE_INCIDENT = "resolveIncident";
  static final String INCIDENT_OUTCOME = "outcome";
  static final String INCIDENT_RESOLVED = "resolved";
  static final String INCIDENT_RESOLUTION = "resolution";

  private ProblemFlow() {}
}
