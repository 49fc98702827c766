package io.atumdesk.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** One reader's "was this helpful" vote on an article; voting again replaces it. */
@Entity
@Table(name = "knowledge_feedback")
class Feedback {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private Long articleId;
  private String username;
  private boolean helpful;

  @Column(name = "comment_text")
  private String comment;

  private Instant givenAt;

  protected Feedback() {}

  Feedback(Long articleId, String username) {
    this.articleId = articleId;
    this.username = username;
  }

  void vote(boolean helpful, String comment, Instant at) {
    this.helpful = helpful;
    this.comment = comment;
    this.givenAt = at;
  }
}
