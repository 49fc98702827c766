package io.atumdesk.alert;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * Which incident an alert fingerprint of a source belongs to, and how often it fired and recovered
 * there. Once that incident is resolved or closed, the next firing points the link at a new one.
 */
@Entity
@Table(name = "alert_link")
class AlertLink {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String sourceId;
  private String fingerprint;
  private Long ticketId;
  private String lastStatus;
  private int firedCount;
  private int recoveredCount;
  private Instant firstSeenAt;
  private Instant lastSeenAt;
  @Version private long version;

  protected AlertLink() {}

  AlertLink(String sourceId, String fingerprint, Long ticketId, Instant now) {
    this.sourceId = sourceId;
    this.fingerprint = fingerprint;
    follow(ticketId, now);
  }

  /** Points the link at a newly raised incident and starts counting again. */
  void follow(Long ticketId, Instant now) {
    this.ticketId = ticketId;
    this.firedCount = 1;
    this.recoveredCount = 0;
    this.firstSeenAt = now;
    seen("firing", now);
  }

  int fired(Instant now) {
    seen("firing", now);
    return ++firedCount;
  }

  int recovered(Instant now) {
    seen("resolved", now);
    return ++recoveredCount;
  }

  private void seen(String status, Instant now) {
    this.lastStatus = status;
    this.lastSeenAt = now;
  }

  Long ticketId() {
    return ticketId;
  }
}
