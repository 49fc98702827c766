package io.atumdesk.knowledge;

import java.util.List;

/** What an author writes: one version of an article. The body is Markdown. */
public record ArticleContent(
    String title,
    String body,
    String category,
    List<String> tags,
    String language,
    Audience audience) {

  public ArticleContent {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
