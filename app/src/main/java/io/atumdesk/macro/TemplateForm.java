package io.atumdesk.macro;

import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.InvalidInputException.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A reply template as an admin writes it.
 *
 * @param name unique in the tenant, such as {@code Password reset}
 * @param body plain text with placeholders such as {@code {{requester.firstName}}}
 * @param language a tag such as {@code en} or {@code de-CH}; empty for any language
 * @param visibility {@code REPLY} for the requester, {@code NOTE} for colleagues
 */
public record TemplateForm(
    String name, String body, String language, ReplyTemplate.Visibility visibility) {

  public static final int MAX_NAME = 100;
  public static final int MAX_BODY = 10_000;
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");

  /**
   * Checks every field.
   *
   * @throws InvalidInputException naming each field to correct; unknown placeholders are named
   *     together with the accepted ones
   */
  void check() {
    List<FieldProblem> problems = new ArrayList<>();
    if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
      problems.add(new FieldProblem("name", "must be 1 to " + MAX_NAME + " characters"));
    }
    if (body == null || body.isBlank() || body.length() > MAX_BODY) {
      problems.add(new FieldProblem("body", "must be 1 to " + MAX_BODY + " characters"));
    } else {
      Set<String> unknown = Placeholders.unknownIn(body);
      if (!unknown.isEmpty()) {
        problems.add(new FieldProblem("body", unknownPlaceholders(unknown)));
      }
    }
    if (language != null && !language.isEmpty() && !LANGUAGE.matcher(language).matches()) {
      problems.add(new FieldProblem("language", "must be a language tag such as en, de or de-CH"));
    }
    if (visibility == null) {
      problems.add(new FieldProblem("visibility", "must be REPLY or NOTE"));
    }
    if (problems.size() == 1) {
      throw new InvalidInputException(problems.get(0).field(), problems.get(0).message());
    }
    if (!problems.isEmpty()) {
      String fields = String.join(", ", problems.stream().map(FieldProblem::field).toList());
      throw new InvalidInputException("Please correct: " + fields + ".", problems);
    }
  }

  private static String unknownPlaceholders(Set<String> unknown) {
    return "uses unknown placeholders "
        + String.join(", ", unknown.stream().limit(10).map(TemplateForm::shown).toList())
        + "; accepted are "
        + String.join(", ", Placeholders.ACCEPTED.stream().map(TemplateForm::shown).toList());
  }

  private static String shown(String name) {
    return "{{" + (name.length() > 40 ? name.substring(0, 40) + "…" : name) + "}}";
  }
}
