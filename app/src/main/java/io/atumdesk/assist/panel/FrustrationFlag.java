package io.atumdesk.assist.panel;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** The first time a ticket's customer was found frustrated, with the score and its signals. */
@Entity
@Table(name = "customer_frustration")
class FrustrationFlag {

  @Id private Long ticketId;
  @TenantId private String tenantId;
  private int score;
  private String signals;
  private Instant flaggedAt;

  protected FrustrationFlag() {}

  FrustrationFlag(Long ticketId, String tenantId, int score, String signals, Instant flaggedAt) {
    this.ticketId = ticketId;
    this.tenantId = tenantId;
    this.score = score;
    this.signals = signals.length() > 400 ? signals.substring(0, 400) : signals;
    this.flaggedAt = flaggedAt;
  }

  Instant flaggedAt() {
    return flaggedAt;
  }
}
