package io.atumdesk.decision.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** An upload that was refused, kept with its reason so nothing a designer sent is lost. */
@Entity
@Table(name = "decision_rejection")
class DecisionRejection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String fileName;
  private String dmnXml;
  private String reason;
  private String uploadedBy;
  private Instant uploadedAt;

  protected DecisionRejection() {}

  io.atumdesk.decision.DecisionDeployments.RefusedUpload view() {
    return new io.atumdesk.decision.DecisionDeployments.RefusedUpload(
        id, fileName, reason, uploadedBy, uploadedAt);
  }

  DecisionRejection(
      String tenantId, String fileName, byte[] xml, String reason, String by, Instant at) {
    this.tenantId = tenantId;
    this.fileName = fileName;
    this.dmnXml = new String(xml, StandardCharsets.UTF_8);
    this.reason = reason.length() > 20000 ? reason.substring(0, 20000) : reason;
    this.uploadedBy = by;
    this.uploadedAt = at;
  }
}
