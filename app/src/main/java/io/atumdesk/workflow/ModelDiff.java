package io.atumdesk.workflow;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two models of a process, element by element: the elements only the newer one
 * has, those only the older one has, and those in both whose attributes differ.
 */
public record ModelDiff(List<Element> added, List<Element> removed, List<ChangedElement> changed) {

  public ModelDiff {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }

  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  /** One line per difference, for the audit trail: {@code + id}, {@code - id}, {@code ~ id}. */
  public String text() {
    List<String> lines = new ArrayList<>();
    added.forEach(e -> lines.add("+ " + e.describe()));
    removed.forEach(e -> lines.add("- " + e.describe()));
    for (ChangedElement e : changed) {
      for (Change c : e.changes()) {
        lines.add(
            "~ %s %s: %s -> %s"
                .formatted(e.id(), c.attribute(), show(c.before()), show(c.after())));
      }
    }
    return lines.isEmpty() ? "no change" : String.join("\n", lines);
  }

  /** How many elements differ, e.g. "1 added, 0 removed, 2 changed". */
  public String summary() {
    return "%d added, %d removed, %d changed"
        .formatted(added.size(), removed.size(), changed.size());
  }

  private static String show(String value) {
    return value == null ? "(none)" : "'" + value + "'";
  }

  /** An element by its id, BPMN type (e.g. userTask) and name. */
  public record Element(String id, String type, String name) {
    String describe() {
      return name == null || name.isBlank()
          ? id + " (" + type + ")"
          : id + " (" + type + " '" + name + "')";
    }
  }

  /** An element in both models, with each attribute that differs. */
  public record ChangedElement(String id, String type, String name, List<Change> changes) {
    public ChangedElement {
      changes = List.copyOf(changes);
    }
  }

  /** One attribute's value before and after; null where it is not set. */
  public record Change(String attribute, String before, String after) {}
}
