package io.atumdesk.decision.internal;

import io.atumdesk.decision.DecisionDeployments.TableProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.ast.DecisionNode;
import org.kie.dmn.model.api.DecisionRule;
import org.kie.dmn.model.api.DecisionTable;

/**
 * What a cell of a decision table may hold: literals, comparisons, ranges, lists, the names of the
 * table's inputs, the keywords of FEEL and a short list of its pure built-in functions (dates,
 * durations, strings, numbers, lists). Everything else, above all a function definition (FEEL's way
 * to Java) or a call to any other function, is refused with its rule and column named. Kie compiles
 * a cell but never runs it before a ticket does, so this is checked on the text.
 */
final class FeelCells {

  static final int MAX_CELL_LENGTH = 500;

  static final Set<String> ALLOWED_FUNCTIONS =
      Set.of(
          "not",
          "date",
          "time",
          "date and time",
          "duration",
          "years and months duration",
          "number",
          "string",
          "string length",
          "contains",
          "starts with",
          "ends with",
          "upper case",
          "lower case",
          "substring",
          "abs",
          "floor",
          "ceiling",
          "decimal",
          "list contains",
          "count",
          "min",
          "max",
          "sum");

  /** Words of FEEL's grammar that may stand before a parenthesis without calling anything. */
  private static final Set<String> KEYWORDS =
      Set.of(
          "and", "or", "in", "if", "then", "else", "return", "satisfies", "not", "between", "of");

  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
  private static final Pattern CALL =
      Pattern.compile("([A-Za-z_?][\\w?.]*(?:\\s+[A-Za-z_?][\\w?.]*)*)\\s*\\(");
  private static final Pattern DEFINITION = Pattern.compile("\\b(function|external)\\b");

  private FeelCells() {}

  static List<TableProblem> problems(DMNModel model) {
    List<TableProblem> problems = new ArrayList<>();
    for (DecisionNode node : model.getDecisions()) {
      if (node.getDecision().getExpression() instanceof DecisionTable table) {
        check(table, problems);
      }
    }
    return problems;
  }

  private static void check(DecisionTable table, List<TableProblem> problems) {
    for (int index = 0; index < table.getRule().size(); index++) {
      DecisionRule rule = table.getRule().get(index);
      int r = index;
      for (int c = 0; c < rule.getInputEntry().size() && c < table.getInput().size(); c++) {
        var entry = rule.getInputEntry().get(c);
        var column = table.getInput().get(c);
        problem(entry.getText())
            .ifPresent(
                message ->
                    problems.add(
                        cell(entry.getId(), rule, r, column.getId(), column.getLabel(), message)));
      }
      for (int c = 0; c < rule.getOutputEntry().size() && c < table.getOutput().size(); c++) {
        var entry = rule.getOutputEntry().get(c);
        var column = table.getOutput().get(c);
        String label = column.getLabel() != null ? column.getLabel() : column.getName();
        problem(entry.getText())
            .ifPresent(
                message ->
                    problems.add(cell(entry.getId(), rule, r, column.getId(), label, message)));
      }
    }
  }

  private static TableProblem cell(
      String entryId, DecisionRule rule, int index, String columnId, String label, String why) {
    String where =
        "rule %d (%s), column '%s'"
            .formatted(index + 1, rule.getId(), label != null ? label : columnId);
    return new TableProblem(entryId, rule.getId(), columnId, where + ": " + why);
  }

  /** Why a cell's FEEL is refused, or empty when it may stay. */
  static java.util.Optional<String> problem(String text) {
    if (text == null) {
      return java.util.Optional.empty();
    }
    if (text.length() > MAX_CELL_LENGTH) {
      return java.util.Optional.of(
          "the cell holds %d characters; at most %d are allowed"
              .formatted(text.length(), MAX_CELL_LENGTH));
    }
    String code = STRING.matcher(text).replaceAll("\"\"");
    if (DEFINITION.matcher(code).find()) {
      return java.util.Optional.of(
          "defines a function; cells may not define functions or reach Java");
    }
    Matcher call = CALL.matcher(code);
    while (call.find()) {
      String name = called(call.group(1));
      if (name != null) {
        return java.util.Optional.of(
            "calls '%s()', which is not one of the allowed built-in functions (%s)"
                .formatted(name, String.join(", ", ALLOWED_FUNCTIONS.stream().sorted().toList())));
      }
    }
    return java.util.Optional.empty();
  }

  /** The function the words before a parenthesis call, or null when it is allowed or grammar. */
  private static String called(String words) {
    String[] parts = words.trim().split("\\s+");
    if (KEYWORDS.contains(parts[parts.length - 1])) {
      return null;
    }
    for (int start = 0; start < parts.length; start++) {
      String candidate = String.join(" ", List.of(parts).subList(start, parts.length));
      if (ALLOWED_FUNCTIONS.contains(candidate)) {
        return null;
      }
    }
    return parts[parts.length - 1];
  }
}
