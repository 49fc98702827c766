package io.atumdesk.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * One input of a form-js schema and the checks the server applies: required, the allowed values of
 * radios and selects, the length of text, the type of checkboxes, numbers and dates. A component's
 * {@code conditional.hide} is understood only in the safe form {@code =field = "value"} or {@code
 * =field != "value"}; nothing else from a schema is evaluated.
 */
record FormField(
    String key,
    String type,
    boolean required,
    Integer maxLength,
    Map<String, String> options,
    Condition hideWhen,
    String timeline) {

  /**
   * A custom form-js property: {@code "atum.timeline": "reply"} posts the field's value (a choice
   * by its label) as a public reply, {@code "note"} as an internal note.
   */
  static final String TIMELINE_PROPERTY = "atum.timeline";

  private static final Pattern HIDE =
      Pattern.compile("^=\\s*(\\w+)\\s*(!=|=)\\s*\"([^\"]*)\"\\s*$");

  static FormField of(JsonNode component) {
    JsonNode validate = component.path("validate");
    Map<String, String> options = new LinkedHashMap<>();
    component
        .path("values")
        .forEach(v -> options.put(v.path("value").asString(), v.path("label").asString(null)));
    Integer maxLength = validate.has("maxLength") ? validate.get("maxLength").asInt() : null;
    return new FormField(
        component.get("key").asString(),
        component.path("type").asString("textfield"),
        validate.path("required").asBoolean(false),
        maxLength,
        Collections.unmodifiableMap(options),
        Condition.parse(component.path("conditional").path("hide").asString(null)),
        component.path("properties").path(TIMELINE_PROPERTY).asString(null));
  }

  boolean hiddenBy(Map<String, Object> data) {
    return hideWhen != null && hideWhen.holds(data);
  }

  Optional<String> problem(Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return required ? Optional.of("is required") : Optional.empty();
    }
    return switch (type) {
      case "checkbox" ->
          value instanceof Boolean ? Optional.empty() : Optional.of("must be true or false");
      case "number" -> value instanceof Number ? Optional.empty() : Optional.of("must be a number");
      case "datetime" -> date(value);
      case "radio", "select" ->
          options.containsKey(value.toString())
              ? Optional.empty()
              : Optional.of("must be one of " + String.join(", ", options.keySet()));
      default -> text(value);
    };
  }

  /** The words an accepted value puts on the conversation: a choice by its label. */
  String timelineText(String value) {
    String label = options.get(value);
    return label == null || label.isBlank() ? value : label;
  }

  /** form-js sends a date field as {@code 2026-03-01}; nothing else is a date. */
  private static Optional<String> date(Object value) {
    try {
      java.time.LocalDate.parse(String.valueOf(value));
      return Optional.empty();
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.of("must be a date (YYYY-MM-DD)");
    }
  }

  private Optional<String> text(Object value) {
    if (!(value instanceof String s)) {
      return Optional.of("must be text");
    }
    if (maxLength != null && s.length() > maxLength) {
      return Optional.of("must be at most " + maxLength + " characters");
    }
    return Optional.empty();
  }

  /** {@code field = "value"} or {@code field != "value"}. */
  record Condition(String field, boolean equal, String value) {

    static Condition parse(String expression) {
      if (expression == null || expression.isBlank()) {
        return null;
      }
      Matcher m = HIDE.matcher(expression);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "conditional '" + expression + "' is not of the form =field = \"value\"");
      }
      return new Condition(m.group(1), m.group(2).equals("="), m.group(3));
    }

    boolean holds(Map<String, Object> data) {
      boolean same = Objects.equals(value, Objects.toString(data.get(field), null));
      return equal == same;
    }
  }
}
