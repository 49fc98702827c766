package io.atumdesk.knowledge;

import io.atumdesk.assist.VectorBytes;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.annotations.TenantId;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.VectorSimilarity;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.VectorField;

/**
 * A knowledge article. Its text is indexed twice, once per language analyzer ({@code *_en}, {@code
 * *_de}), so a query finds stemmed forms in either language whatever the article's language; its
 * sentence vector is indexed for the semantic half of the search (ADR 0024).
 */
@Entity
@Table(name = "knowledge_article")
@DynamicUpdate
@Indexed(index = KnowledgeIndex.NAME)
public class Article {

  static final int DIMENSION = 384;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;

  @FullTextField(
      name = KnowledgeIndex.TITLE_EN,
      analyzer = KnowledgeIndex.ENGLISH,
      highlightable = Highlightable.UNIFIED)
  @FullTextField(
      name = KnowledgeIndex.TITLE_DE,
      analyzer = KnowledgeIndex.GERMAN,
      highlightable = Highlightable.UNIFIED)
  private String title;

  private String body;

  @KeywordField(aggregable = Aggregable.YES)
  private String category;

  private String tags;

  @KeywordField(aggregable = Aggregable.YES)
  private String language;

  @KeywordField(aggregable = Aggregable.YES)
  @Enumerated(EnumType.STRING)
  private Audience audience;

  @KeywordField
  @Enumerated(EnumType.STRING)
  private ArticleStatus status;

  private int currentVersion;
  private String reviewComment;
  private String processInstanceId;
  private String sourceTicketKey;

  // Null while no edit waits for review; Hibernate reads an all-null embeddable as null.
  @Embedded private ArticleRevision revision;

  // The sweep may write a vector while someone edits: neither conflicts with the other, and only
  // changed columns are written (@DynamicUpdate), so an edit never writes back a stale vector.
  @VectorField(dimension = DIMENSION, vectorSimilarity = VectorSimilarity.COSINE)
  @Convert(converter = VectorBytes.class)
  @OptimisticLock(excluded = true)
  private float[] embedding;

  private String createdBy;
  private Instant createdAt;
  private String updatedBy;
  private Instant updatedAt;
  private Instant publishedAt;

  @Version
  @Column(name = "row_version")
  private long rowVersion;

  protected Article() {}

  Article(ArticleContent content, String sourceTicketKey, String by, Instant at) {
    this.status = ArticleStatus.DRAFT;
    this.sourceTicketKey = sourceTicketKey;
    this.createdBy = by;
    this.createdAt = at;
    apply(content, by, at, 1);
  }

  /** Takes new content as the given version; the caller keeps the version row. */
  void apply(ArticleContent content, String by, Instant at, int version) {
    this.title = content.title();
    this.body = content.body();
    this.category = content.category();
    this.tags = String.join(",", content.tags());
    this.language = content.language();
    this.audience = content.audience();
    this.updatedBy = by;
    this.updatedAt = at;
    this.currentVersion = version;
  }

  void revise(ArticleRevision revision) {
    this.revision = revision;
  }

  /**
   * The approved revision becomes the published text; its review instance, now waiting at
   * "published", becomes the article's own (the caller ends the previous one).
   */
  void publishRevision(ArticleContent content, Instant at) {
    apply(content, revision.editor(), revision.savedAt(), revision.version());
    this.publishedAt = at;
    this.reviewComment = null;
    this.processInstanceId = revision.processInstanceId();
    this.revision = null;
  }

  void moveTo(ArticleStatus next, String comment, Instant at) {
    this.status = next;
    this.reviewComment = comment;
    if (next == ArticleStatus.PUBLISHED) {
      this.publishedAt = at;
    }
  }

  void reviewedIn(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void embed(float[] vector) {
    this.embedding = vector;
  }

  /** The body as plain text, for the analyzers and the snippets. */
  @FullTextField(
      name = KnowledgeIndex.BODY_EN,
      analyzer = KnowledgeIndex.ENGLISH,
      highlightable = Highlightable.UNIFIED)
  @FullTextField(
      name = KnowledgeIndex.BODY_DE,
      analyzer = KnowledgeIndex.GERMAN,
      highlightable = Highlightable.UNIFIED)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "body")))
  public String getPlainText() {
    return Markdown.plainText(body);
  }

  @KeywordField(name = KnowledgeIndex.TAGS, aggregable = Aggregable.YES)
  @FullTextField(name = KnowledgeIndex.TAGS_TEXT, analyzer = KnowledgeIndex.ENGLISH)
  @IndexingDependency(
      derivedFrom = @ObjectPath(@PropertyValue(propertyName = "tags")),
      reindexOnUpdate = ReindexOnUpdate.DEFAULT)
  public List<String> getTagList() {
    return tags == null || tags.isBlank() ? List.of() : Arrays.asList(tags.split(","));
  }

  public ArticleContent content() {
    return new ArticleContent(title, body, category, getTagList(), language, audience);
  }

  public Long id() {
    return id;
  }

  public String tenantId() {
    return tenantId;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public String category() {
    return category;
  }

  public String language() {
    return language;
  }

  public Audience audience() {
    return audience;
  }

  public ArticleStatus status() {
    return status;
  }

  public int currentVersion() {
    return currentVersion;
  }

  public String reviewComment() {
    return reviewComment;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public String sourceTicketKey() {
    return sourceTicketKey;
  }

  /** The pending revision, if an edit of the published text waits for review. */
  ArticleRevision revision() {
    return revision;
  }

  /** The indexed sentence vector (of the published text), null until computed. */
  float[] vector() {
    return embedding;
  }

  public boolean embedded() {
    return embedding != null;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant publishedAt() {
    return publishedAt;
  }
}
