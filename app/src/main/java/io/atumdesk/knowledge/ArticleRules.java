package io.atumdesk.knowledge;

import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.InvalidInputException.FieldProblem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks and normalises what an author wrote, naming every field a person must correct. */
final class ArticleRules {

  static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "es", "it", "nl");
  static final int MAX_TITLE = 200;
  static final int MAX_BODY = 100_000;
  static final int MAX_TAGS = 20;
  static final int MAX_TAG = 40;

  private ArticleRules() {}

  static ArticleContent checked(ArticleContent content) {
    List<FieldProblem> problems = new ArrayList<>();
    String title = content.title() == null ? "" : content.title().strip();
    String body = content.body() == null ? "" : content.body().strip();
    if (title.isEmpty()) {
      problems.add(new FieldProblem("title", "is required"));
    } else if (title.length() > MAX_TITLE) {
      problems.add(new FieldProblem("title", "is longer than " + MAX_TITLE + " characters"));
    }
    if (body.isEmpty()) {
      problems.add(new FieldProblem("body", "is required"));
    } else if (body.length() > MAX_BODY) {
      problems.add(new FieldProblem("body", "is longer than " + MAX_BODY + " characters"));
    }
    String language =
        content.language() == null ? "" : content.language().strip().toLowerCase(Locale.ROOT);
    if (!LANGUAGES.contains(language)) {
      problems.add(
          new FieldProblem("language", "must be one of " + LANGUAGES.stream().sorted().toList()));
    }
    if (content.audience() == null) {
      problems.add(new FieldProblem("audience", "must be INTERNAL or PUBLIC"));
    }
    Set<String> tags = new LinkedHashSet<>();
    for (String tag : content.tags()) {
      String clean = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT).replace(",", " ");
      if (clean.length() > MAX_TAG) {
        problems.add(new FieldProblem("tags", "has a tag longer than " + MAX_TAG + " characters"));
      } else if (!clean.isEmpty()) {
        tags.add(clean);
      }
    }
    if (tags.size() > MAX_TAGS) {
      problems.add(new FieldProblem("tags", "has more than " + MAX_TAGS + " tags"));
    }
    String category =
        content.category() == null || content.category().isBlank()
            ? null
            : content.category().strip();
    if (category != null && category.length() > 100) {
      problems.add(new FieldProblem("category", "is longer than 100 characters"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          "The article has " + problems.size() + " problem(s) to correct.", problems);
    }
    return new ArticleContent(
        title, body, category, List.copyOf(tags), language, content.audience());
  }
}
