package io.atumdesk.workflow;

/**
 * Something a model names that another module owns, for the caller to check exists: a form, a
 * decision table or a group.
 */
public record ModelReference(String elementId, Kind kind, String value) {

  /** What kind of thing is named. */
  public enum Kind {
    FORM,
    DECISION,
    GROUP
  }
}
