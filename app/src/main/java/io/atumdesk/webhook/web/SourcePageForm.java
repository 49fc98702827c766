package io.atumdesk.webhook.web;

import io.atumdesk.webhook.SourceAdministration.SourceForm;
import io.atumdesk.webhook.SourceAdministration.SourceView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The page's inbound source form: the name, and one JSONPath per ticket field (blank: unused). */
record SourcePageForm(
    String name,
    String subject,
    String description,
    String type,
    String impact,
    String urgency,
    String category,
    String requester,
    String externalId) {

  /** The ticket fields a mapping may fill, in the order the form asks for them. */
  static final List<String> FIELDS =
      List.of(
          "subject",
          "description",
          "type",
          "impact",
          "urgency",
          "category",
          "requester",
          "externalId");

  static final SourcePageForm EMPTY = of("", Map.of());

  static SourcePageForm of(SourceView view) {
    return of(view.name(), view.mapping());
  }

  private static SourcePageForm of(String name, Map<String, String> m) {
    return new SourcePageForm(
        name,
        m.get("subject"),
        m.get("description"),
        m.get("type"),
        m.get("impact"),
        m.get("urgency"),
        m.get("category"),
        m.get("requester"),
        m.get("externalId"));
  }

  /** The path for a ticket field, as the template asks for it by name. */
  public String path(String field) {
    return mapping().get(field);
  }

  Map<String, String> mapping() {
    Map<String, String> mapping = new LinkedHashMap<>();
    List<String> paths =
        java.util.Arrays.asList(
            subject, description, type, impact, urgency, category, requester, externalId);
    for (int i = 0; i < FIELDS.size(); i++) {
      String path = paths.get(i);
      if (path != null && !path.isBlank()) {
        mapping.put(FIELDS.get(i), path.strip());
      }
    }
    return mapping;
  }

  SourceForm source(Boolean active) {
    return new SourceForm(name, mapping(), active);
  }
}
