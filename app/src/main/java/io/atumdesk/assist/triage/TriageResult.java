package io.atumdesk.assist.triage;

import java.util.Map;

/**
 * What triage suggests for a text: a value and confidence per field, and the language the text is
 * written in ({@code und} when it could not be told).
 */
public record TriageResult(
    Suggestion category, Suggestion priority, Suggestion assignmentGroup, String language) {

  static TriageResult of(Map<TriageField, Suggestion> suggestions, String language) {
    return new TriageResult(
        suggestions.getOrDefault(TriageField.CATEGORY, Suggestion.NONE),
        suggestions.getOrDefault(TriageField.PRIORITY, Suggestion.NONE),
        suggestions.getOrDefault(TriageField.ASSIGNMENT_GROUP, Suggestion.NONE),
        language);
  }

  public Suggestion of(TriageField field) {
    return switch (field) {
      case CATEGORY -> category;
      case PRIORITY -> priority;
      case ASSIGNMENT_GROUP -> assignmentGroup;
    };
  }
}
