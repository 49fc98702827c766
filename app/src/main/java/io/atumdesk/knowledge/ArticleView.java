package io.atumdesk.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * An article as pages and the API show it: its Markdown, the sanitized HTML and its state; {@code
 * vectorized} tells that its sentence vector is stored, so the semantic search finds it too; {@code
 * revision} tells of an edit waiting for review.
 */
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
    long notHelpful,
    boolean vectorized,
    PendingRevision revision) {

  /**
   * An edit of the published article waiting for review ({@code inReview}) or returned to its
   * editor with the reviewer's {@code comment}; null when there is none. Its text is version {@code
   * version}; the fields above are the published text.
   */
  public record PendingRevision(
      int version, String editor, Instant savedAt, boolean inReview, String comment) {}

  public ArticleContent content() {
    return new ArticleContent(title, body, category, tags, language, audience);
  }

  public String url() {
    return "/knowledge/" + id;
  }

  public String portalUrl() {
    return "/portal/knowledge/" + id;
  }
}
