package io.atumdesk.catalog;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * A one-time link that lets an approver decide an order's approval step from a mail: only the
 * SHA-256 of its token is kept; it counts until it is used or expires.
 */
@Entity
@Table(name = "catalog_approval_link")
class ApprovalLink {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private Long orderId;
  private String taskId;
  private String approver;
  private String tokenHash;
  private Instant expiresAt;
  private Instant usedAt;

  protected ApprovalLink() {}

  ApprovalLink(
      String tenantId,
      Long orderId,
      String taskId,
      String approver,
      String tokenHash,
      Instant expiresAt) {
    this.tenantId = tenantId;
    this.orderId = orderId;
    this.taskId = taskId;
    this.approver = approver;
    this.tokenHash = tokenHash;
    this.expiresAt = expiresAt;
  }

  boolean usableAt(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  void use(Instant now) {
    this.usedAt = now;
  }

  String tenantId() {
    return tenantId;
  }

  Long orderId() {
    return orderId;
  }

  String taskId() {
    return taskId;
  }

  String approver() {
    return approver;
  }

  Instant usedAt() {
    return usedAt;
  }
}
