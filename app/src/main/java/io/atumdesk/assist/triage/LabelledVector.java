package io.atumdesk.assist.triage;

/**
 * One training example: a ticket's sentence vector, its text, and what it turned out to be. A label
 * is null when the ticket never had that field; such an example teaches only the other fields.
 */
public record LabelledVector(
    float[] vector, String text, String category, String priority, String assignmentGroup) {

  String label(TriageField field) {
    return switch (field) {
      case CATEGORY -> category;
      case PRIORITY -> priority;
      case ASSIGNMENT_GROUP -> assignmentGroup;
    };
  }
}
