package io.atumdesk.macro;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders a template may use, written {@code {{ticket.key}}} (spaces inside the braces
 * allowed). Rendering is one pass of plain substitution: a value is never read as a template again,
 * and nothing in a template is evaluated.
 */
final class Placeholders {

  static final List<String> ACCEPTED =
      List.of(
          "ticket.key",
          "ticket.subject",
          "ticket.status",
          "ticket.priority",
          "requester.name",
          "requester.firstName",
          "agent.name",
          "agent.firstName");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

  private Placeholders() {}

  /** The names between double braces that are not accepted, in order of appearance. */
  static Set<String> unknownIn(String body) {
    Set<String> unknown = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(body);
    while (matcher.find()) {
      if (!ACCEPTED.contains(matcher.group(1))) {
        unknown.add(matcher.group(1));
      }
    }
    return unknown;
  }

  /** The body with each accepted placeholder replaced by its value (empty when it has none). */
  static String render(String body, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(body);
    StringBuilder out = new StringBuilder(body.length() + 64);
    while (matcher.find()) {
      String name = matcher.group(1);
      String value = ACCEPTED.contains(name) ? values.getOrDefault(name, "") : matcher.group();
      matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
