package io.atumdesk.decision.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** One version of a table a tenant deployed; at most one per table is active. */
@Entity
@Table(name = "decision_version")
public class DecisionVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String decisionId;
  private int versionNumber;
  private String contentHash;
  private String dmnXml;
  private String createdBy;
  private Instant createdAt;
  private boolean active;

  protected DecisionVersion() {}

  DecisionVersion(
      String tenantId,
      String decisionId,
      int versionNumber,
      String contentHash,
      byte[] xml,
      String createdBy,
      Instant createdAt) {
    this.tenantId = tenantId;
    this.decisionId = decisionId;
    this.versionNumber = versionNumber;
    this.contentHash = contentHash;
    this.dmnXml = new String(xml, StandardCharsets.UTF_8);
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  void activate() {
    active = true;
  }

  void deactivate() {
    active = false;
  }

  public String tenantId() {
    return tenantId;
  }

  public String decisionId() {
    return decisionId;
  }

  public int versionNumber() {
    return versionNumber;
  }

  public String contentHash() {
    return contentHash;
  }

  public byte[] xml() {
    return dmnXml.getBytes(StandardCharsets.UTF_8);
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public boolean active() {
    return active;
  }

  /** The label evaluations record: the number and the content it had. */
  public String label() {
    return "v" + versionNumber + "-" + contentHash;
  }
}
