package io.atumdesk.knowledge;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * A customer opened an article suggested while they typed a new ticket's subject. The ticket key is
 * set when they raise a ticket within the deflection window after it: then it was not deflected.
 */
@Entity
@Table(name = "knowledge_suggestion_read")
class SuggestionRead {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private Long articleId;
  private String username;
  private Instant readAt;
  private String ticketKey;

  protected SuggestionRead() {}

  SuggestionRead(Long articleId, String username, Instant readAt) {
    this.articleId = articleId;
    this.username = username;
    this.readAt = readAt;
  }

  void followedBy(String ticketKey) {
    this.ticketKey = ticketKey;
  }
}
