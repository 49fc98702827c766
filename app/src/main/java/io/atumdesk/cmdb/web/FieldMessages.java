package io.atumdesk.cmdb.web;

import io.atumdesk.cmdb.AttributeDefinition;
import io.atumdesk.cmdb.CiType;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.InvalidInputException.FieldProblem;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The problems of a refused form as message keys by form field id, so that the page says in the
 * reader's language what to correct next to each field (the API's English details stay there).
 */
final class FieldMessages {

  private FieldMessages() {}

  static Map<String, String> of(InvalidInputException refused, CiType type, CiPageForm form) {
    Map<String, String> messages = new LinkedHashMap<>();
    for (FieldProblem problem : refused.problems()) {
      String field = problem.field();
      if (field.startsWith("attributes.")) {
        String name = field.substring("attributes.".length());
        type.attribute(name)
            .ifPresent(a -> messages.put(fieldId(a), attributeMessage(a, form.attribute(name))));
      } else {
        messages.put(field, "cmdb.form.problem." + field);
      }
    }
    return messages;
  }

  /** The HTML id of an attribute's input. */
  static String fieldId(AttributeDefinition attribute) {
    return "attr-" + attribute.name();
  }

  private static String attributeMessage(AttributeDefinition attribute, String submitted) {
    return submitted == null || submitted.isBlank()
        ? "cmdb.form.problem.required"
        : "cmdb.form.problem." + attribute.kind().name();
  }
}
