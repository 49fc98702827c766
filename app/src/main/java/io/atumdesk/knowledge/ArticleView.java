package io.atumdesk.knowledge;

import java.time.Instant;
import java.util.List;

/** An article as pages and the API show it: its Markdown, the sanitized HTML and its state. */
public record ArticleView(
    Long id,
    String title,
    String body,
    String html,
    String category,
    List<String> tags,
    String language,
    Audience audience,
    ArticleStatus status,
    int version,
    String reviewComment,
    String sourceTicketKey,
    String createdBy,
    Instant createdAt,
    String updatedBy,
    Instant updatedAt,
    Instant publishedAt,
    long helpful,
    long notHelpful) {

  public String url() {
    return "/knowledge/" + id;
  }

  public String portalUrl() {
    return "/portal/knowledge/" + id;
  }
}
