package io.atumdesk.knowledge.web;

import io.atumdesk.core.InvalidInputException;
import io.atumdesk.knowledge.ArticleContent;
import io.atumdesk.knowledge.Audience;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An article as the API and the editor send it. Tags come as a list (API) or one comma-separated
 * text (the editor's field).
 */
record ArticleForm(
    String title,
    String body,
    String category,
    List<String> tags,
    String tagText,
    String language,
    String audience) {

  ArticleContent content() {
    List<String> allTags =
        tags != null
            ? tags
            : tagText == null
                ? List.of()
                : Arrays.stream(tagText.split(",")).map(String::strip).toList();
    return new ArticleContent(title, body, category, allTags, language, audience(audience));
  }

  static Audience audience(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Audience.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("audience", "must be INTERNAL or PUBLIC");
    }
  }
}
