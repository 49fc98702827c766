package io.atumdesk.cmdb;

import io.atumdesk.core.InvalidInputException.FieldProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads submitted attribute values against a type's definitions, naming each bad field. */
final class AttributeCheck {

  private AttributeCheck() {}

  /**
   * The values as stored; unknown names, values of the wrong kind and missing required attributes
   * are added to {@code problems} as {@code attributes.<name>}.
   */
  static Map<String, Object> read(
      CiType type, Map<String, Object> submitted, List<FieldProblem> problems) {
    Map<String, Object> values = new LinkedHashMap<>();
    submitted.forEach(
        (name, raw) -> {
          if (raw == null || (raw instanceof String s && s.isBlank())) {
            return;
          }
          var definition = type.attribute(name);
          if (definition.isEmpty()) {
            problems.add(new FieldProblem("attributes." + name, unknown(type)));
            return;
          }
          try {
            values.put(name, definition.get().kind().read(raw, definition.get().options()));
          } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("attributes." + name, e.getMessage()));
          }
        });
    for (AttributeDefinition definition : type.attributes()) {
      if (definition.required() && !values.containsKey(definition.name())) {
        problems.add(
            new FieldProblem(
                "attributes." + definition.name(), "is required for type " + type.key()));
      }
    }
    return values;
  }

  private static String unknown(CiType type) {
    return type.attributes().isEmpty()
        ? "is not an attribute of type " + type.key() + ", which has none"
        : "is not an attribute of type "
            + type.key()
            + "; it has "
            + String.join(", ", type.attributes().stream().map(AttributeDefinition::name).toList());
  }
}
