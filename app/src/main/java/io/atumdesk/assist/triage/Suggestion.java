package io.atumdesk.assist.triage;

/** A suggested value for one field and how sure triage is of it, from 0 to 1. */
public record Suggestion(String value, double confidence) {

  /** What triage answers when it cannot say anything: no value, no confidence. */
  public static final Suggestion NONE = new Suggestion(null, 0);
}
