package io.atumdesk.knowledge;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** One saved version of an article, kept forever: the history and the diffs read these rows. */
@Entity
@Table(name = "knowledge_article_version")
class ArticleVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private Long articleId;
  private int version;
  private String title;
  private String body;
  private String category;
  private String tags;
  private String language;

  @Enumerated(EnumType.STRING)
  private Audience audience;

  private String savedBy;
  private Instant savedAt;

  protected ArticleVersion() {}

  ArticleVersion(Article article) {
    this(
        article.id(),
        article.currentVersion(),
        article.content(),
        article.updatedBy(),
        article.updatedAt());
  }

  ArticleVersion(Long articleId, int version, ArticleContent content, String by, Instant at) {
    this.articleId = articleId;
    this.version = version;
    this.title = content.title();
    this.body = content.body();
    this.category = content.category();
    this.tags = String.join(",", content.tags());
    this.language = content.language();
    this.audience = content.audience();
    this.savedBy = by;
    this.savedAt = at;
  }

  int version() {
    return version;
  }

  ArticleContent content() {
    List<String> tagList = tags.isBlank() ? List.of() : Arrays.asList(tags.split(","));
    return new ArticleContent(title, body, category, tagList, language, audience);
  }

  String savedBy() {
    return savedBy;
  }

  Instant savedAt() {
    return savedAt;
  }
}
