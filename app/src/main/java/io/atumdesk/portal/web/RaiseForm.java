package io.atumdesk.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A customer's new ticket as the portal's form posts it; files come as separate parts. */
record RaiseForm(String subject, String description, String category) {

  /** The categories the routing table knows (rules/incident-routing.dmn), in the order offered. */
  static final List<String> CATEGORIES =
      List.of("network", "hardware", "software", "access", "other");

  static final int MAX_SUBJECT = 255;
  static final int MAX_DESCRIPTION = 20_000;

  static RaiseForm empty() {
    return new RaiseForm("", "", "");
  }

  /** What to correct, field by field, as message keys; empty when the form can be raised. */
  Map<String, String> problems() {
    Map<String, String> problems = new LinkedHashMap<>();
    if (subject == null || subject.isBlank()) {
      problems.put("subject", "portal.raise.subject.missing");
    } else if (subject.strip().length() > MAX_SUBJECT) {
      problems.put("subject", "portal.raise.subject.tooLong");
    }
    if (description != null && description.length() > MAX_DESCRIPTION) {
      problems.put("description", "portal.raise.description.tooLong");
    }
    if (!CATEGORIES.contains(category)) {
      problems.put("category", "portal.raise.category.missing");
    }
    return problems;
  }
}
