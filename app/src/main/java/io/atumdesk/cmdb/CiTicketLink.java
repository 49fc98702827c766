package io.atumdesk.cmdb;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** An item named on a ticket: affected by an incident, the cause of a problem, changed. */
@Entity
@Table(name = "ci_ticket_link")
class CiTicketLink {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private Long ciId;
  private String ticketKey;

  @Enumerated(EnumType.STRING)
  private LinkRole role;

  private String createdBy;
  private Instant createdAt;

  protected CiTicketLink() {}

  CiTicketLink(
      String tenantId, Long ciId, String ticketKey, LinkRole role, String by, Instant now) {
    this.tenantId = tenantId;
    this.ciId = ciId;
    this.ticketKey = ticketKey;
    this.role = role;
    this.createdBy = by;
    this.createdAt = now;
  }

  Long ciId() {
    return ciId;
  }

  String ticketKey() {
    return ticketKey;
  }

  LinkRole role() {
    return role;
  }

  Instant createdAt() {
    return createdAt;
  }
}
