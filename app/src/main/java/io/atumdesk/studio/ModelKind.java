package io.atumdesk.studio;

/** The models the studio edits besides processes: decision tables (DMN) and forms (form-js). */
public enum ModelKind {
  DECISION("decision"),
  FORM("form");

  private final String prefix;

  ModelKind(String prefix) {
    this.prefix = prefix;
  }

  /** The key the audit trail files a model under, e.g. {@code decision:incident-priority}. */
  String auditKey(String key) {
    return prefix + ":" + key;
  }
}
