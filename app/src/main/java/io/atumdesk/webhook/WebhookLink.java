package io.atumdesk.webhook;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** The ticket a source's external id raised; pointed at a new one once that ticket is closed. */
@Entity
@Table(name = "webhook_link")
class WebhookLink {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private Long sourceId;
  private String externalId;
  private Long ticketId;
  private Instant createdAt;

  protected WebhookLink() {}

  WebhookLink(Long sourceId, String externalId, Long ticketId, Instant now) {
    this.sourceId = sourceId;
    this.externalId = externalId;
    this.ticketId = ticketId;
    this.createdAt = now;
  }

  void follow(Long ticketId) {
    this.ticketId = ticketId;
  }

  Long ticketId() {
    return ticketId;
  }
}
