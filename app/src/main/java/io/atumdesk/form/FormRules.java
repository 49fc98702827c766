package io.atumdesk.form;

import io.atumdesk.core.InvalidInputException.FieldProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a form-js schema designed in the studio must be before it is published: JSON with the form's
 * id, components of the kinds the server checks, each input with a unique plain key, and no FEEL or
 * template beyond the one safe hide condition. Containers (groups, lists), HTML, images and iframes
 * are refused: the server would not see their inputs, or they would reach outside.
 */
final class FormRules {

  static final Set<String> TYPES =
      Set.of(
          "textfield",
          "textarea",
          "number",
          "checkbox",
          "radio",
          "select",
          "datetime",
          "text",
          "spacer",
          "separator");

  private static final Set<String> WITHOUT_KEY = Set.of("text", "spacer", "separator");
  private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

  private FormRules() {}

  /** The problems of a schema, each naming its component (or "schema"); empty when it is fine. */
  static List<FieldProblem> problems(JsonMapper json, String formKey, String text) {
    JsonNode root;
    try {
      root = json.readTree(text == null ? "" : text);
    } catch (JacksonException e) {
      return List.of(new FieldProblem("schema", "is not JSON: " + e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      return List.of(new FieldProblem("schema", "must be a form-js schema (a JSON object)"));
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (!formKey.equals(root.path("id").asString(null))) {
      problems.add(new FieldProblem("schema", "its id must be '" + formKey + "'"));
    }
    if (!root.path("components").isArray()) {
      problems.add(new FieldProblem("schema", "needs a list of components"));
      return problems;
    }
    Set<String> keys = new HashSet<>();
    for (JsonNode component : root.path("components")) {
      String type = component.path("type").asString("");
      String id = component.path("id").asString(component.path("key").asString(type));
      if (!TYPES.contains(type)) {
        problems.add(
            new FieldProblem(
                id,
                "is a '%s' component; allowed are %s"
                    .formatted(type, String.join(", ", TYPES.stream().sorted().toList()))));
        continue;
      }
      if (!WITHOUT_KEY.contains(type)) {
        String key = component.path("key").asString(null);
        if (key == null || !KEY.matcher(key).matches()) {
          problems.add(new FieldProblem(id, "needs a key of letters, digits and _"));
        } else if (!keys.add(key)) {
          problems.add(new FieldProblem(id, "uses the key '" + key + "' a second time"));
        }
      }
      expressions(component, "", id, problems);
      try {
        if (component.hasNonNull("key")) {
          FormField.of(component);
        }
      } catch (IllegalArgumentException e) {
        problems.add(new FieldProblem(id, e.getMessage()));
      }
    }
    return problems;
  }

  /** FEEL ("=...") and templates ("{{...}}") are not evaluated here; only the hide condition is. */
  private static void expressions(
      JsonNode node, String path, String id, List<FieldProblem> problems) {
    if (node.isString()) {
      String value = node.asString();
      boolean hide = path.equals("conditional.hide");
      if ((value.startsWith("=") && !hide) || value.contains("{{")) {
        problems.add(
            new FieldProblem(
                id,
                "'"
                    + path
                    + "' holds an expression; only conditional.hide may, as =field = \"value\""));
      }
      return;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        String child = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
        expressions(entry.getValue(), child, id, problems);
      }
    } else if (node.isArray()) {
      node.forEach(item -> expressions(item, path, id, problems));
    }
  }
}
