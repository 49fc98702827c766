package io.atumdesk.change;

/** How an implementation went: a failed one is rolled back before its review. */
public enum ImplementationResult {
  SUCCESSFUL,
  FAILED
}
