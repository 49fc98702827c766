package io.atumdesk.cmdb;

import io.atumdesk.core.InvalidInputException.FieldProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A custom CI type as an admin defines it.
 *
 * @param key lower case, such as {@code printer}; not one of the built-in keys
 * @param attributes at most 50, each name unique; a {@code CHOICE} lists its options
 */
public record CiTypeForm(String key, String name, List<AttributeDefinition> attributes) {

  static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{1,39}");
  static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

  public CiTypeForm {
    attributes = attributes == null ? List.of() : List.copyOf(attributes);
  }

  void check() {
    List<FieldProblem> problems = new ArrayList<>();
    if (key == null || !KEY.matcher(key).matches()) {
      problems.add(new FieldProblem("key", "must be 2 to 40 lower-case letters, digits or -"));
    } else if (BuiltInTypes.find(key).isPresent()) {
      problems.add(new FieldProblem("key", "is a built-in type; choose another key"));
    }
    if (name == null || name.isBlank() || name.strip().length() > 100) {
      problems.add(new FieldProblem("name", "must be 1 to 100 characters"));
    }
    if (attributes.size() > 50) {
      problems.add(new FieldProblem("attributes", "may hold at most 50 definitions"));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < attributes.size(); i++) {
      checkAttribute("attributes[" + i + "]", attributes.get(i), seen, problems);
    }
    Problems.throwIfAny(problems);
  }

  private static void checkAttribute(
      String field, AttributeDefinition a, Set<String> seen, List<FieldProblem> problems) {
    if (a == null || a.name() == null || !ATTRIBUTE.matcher(a.name()).matches()) {
      problems.add(new FieldProblem(field + ".name", "must be a letter then letters, digits or _"));
      return;
    }
    if (!seen.add(a.name())) {
      problems.add(new FieldProblem(field + ".name", "repeats '" + a.name() + "'"));
    }
    if (a.kind() == null) {
      problems.add(
          new FieldProblem(field + ".kind", "must be TEXT, NUMBER, DATE, BOOLEAN or CHOICE"));
    } else if (a.kind() == AttributeKind.CHOICE
        && (a.options().isEmpty()
            || a.options().size() > 50
            || a.options().stream().anyMatch(o -> o == null || o.isBlank() || o.length() > 100))) {
      problems.add(new FieldProblem(field + ".options", "must list 1 to 50 options"));
    } else if (a.kind() != AttributeKind.CHOICE && !a.options().isEmpty()) {
      problems.add(new FieldProblem(field + ".options", "are only for CHOICE attributes"));
    }
  }
}
