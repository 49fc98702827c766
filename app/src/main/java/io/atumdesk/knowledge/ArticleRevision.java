package io.atumdesk.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A pending revision of a published article: an edit waiting for a knowledge manager's review. Its
 * text is the version row numbered {@code version}; the article (and the index) keep the published
 * text until it is approved. Held by its editor: one revision an article at a time.
 */
@Embeddable
class ArticleRevision {

  @Column(name = "revision_version")
  private Integer version;

  @Column(name = "revision_by")
  private String editor;

  @Column(name = "revision_at")
  private Instant savedAt;

  @Column(name = "revision_process_instance_id")
  private String processInstanceId;

  @Column(name = "revision_comment")
  private String comment;

  protected ArticleRevision() {}

  ArticleRevision(int version, String editor, Instant savedAt, String processInstanceId) {
    this.version = version;
    this.editor = editor;
    this.savedAt = savedAt;
    this.processInstanceId = processInstanceId;
  }

  /** The editor saved it again: the newest version is the one under review. */
  ArticleRevision savedAgain(int version, Instant at) {
    return new ArticleRevision(version, editor, at, processInstanceId);
  }

  ArticleRevision reviewedIn(String processInstanceId) {
    return new ArticleRevision(version, editor, savedAt, processInstanceId);
  }

  ArticleRevision returned(String comment) {
    ArticleRevision returned = new ArticleRevision(version, editor, savedAt, processInstanceId);
    returned.comment = comment;
    return returned;
  }

  int version() {
    return version;
  }

  String editor() {
    return editor;
  }

  Instant savedAt() {
    return savedAt;
  }

  String processInstanceId() {
    return processInstanceId;
  }

  String comment() {
    return comment;
  }
}
