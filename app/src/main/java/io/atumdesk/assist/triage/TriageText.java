package io.atumdesk.assist.triage;

/** The one way a ticket's subject and description become the text triage reads. */
final class TriageText {

  private TriageText() {}

  static String of(String subject, String description) {
    String s = subject == null ? "" : subject.strip();
    String d = description == null ? "" : description.strip();
    return s.isEmpty() ? d : d.isEmpty() ? s : s + "\n" + d;
  }
}
