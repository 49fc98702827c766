package io.atumdesk.form;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A form-js schema reduced to what the server checks: its id, its kind ({@code "properties":
 * {"atum.kind": "approval"}} at the top) and its input fields.
 */
record FormSchema(String id, String kind, List<FormField> fields) {

  static final String KIND_PROPERTY = "atum.kind";
  static final String APPROVAL = "approval";

  static FormSchema of(JsonNode root) {
    String id = root.path("id").asString(null);
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a form needs an id");
    }
    List<FormField> fields = new ArrayList<>();
    for (JsonNode component : root.path("components")) {
      if (component.hasNonNull("key")) {
        fields.add(FormField.of(component));
      }
    }
    String kind = root.path("properties").path(KIND_PROPERTY).asString(null);
    return new FormSchema(id, kind, List.copyOf(fields));
  }

  boolean hasField(String key) {
    return fields.stream().anyMatch(f -> f.key().equals(key));
  }
}
