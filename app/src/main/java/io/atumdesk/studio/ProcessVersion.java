package io.atumdesk.studio;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * A version of a process a tenant published: the XML as deployed, the version it was made from, who
 * published it and the engine definition its tickets run on. Numbers continue the shipped model's.
 */
@Entity
@Table(name = "studio_process_version")
class ProcessVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String processKey;
  private int versionNumber;
  private String bpmnXml;
  private int parentVersion;
  private String publishedBy;
  private Instant publishedAt;
  private String processDefinitionId;

  protected ProcessVersion() {}

  ProcessVersion(
      String processKey,
      int versionNumber,
      byte[] xml,
      int parentVersion,
      String publishedBy,
      Instant publishedAt,
      String processDefinitionId) {
    this.processKey = processKey;
    this.versionNumber = versionNumber;
    this.bpmnXml = new String(xml, StandardCharsets.UTF_8);
    this.parentVersion = parentVersion;
    this.publishedBy = publishedBy;
    this.publishedAt = publishedAt;
    this.processDefinitionId = processDefinitionId;
  }

  String processKey() {
    return processKey;
  }

  int versionNumber() {
    return versionNumber;
  }

  byte[] xml() {
    return bpmnXml.getBytes(StandardCharsets.UTF_8);
  }

  int parentVersion() {
    return parentVersion;
  }

  String publishedBy() {
    return publishedBy;
  }

  Instant publishedAt() {
    return publishedAt;
  }

  String processDefinitionId() {
    return processDefinitionId;
  }
}
