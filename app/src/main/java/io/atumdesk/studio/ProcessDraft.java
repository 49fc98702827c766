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
 * The one draft a tenant edits of a process: its XML, which version it started from, and who saved
 * it last. Its revision counts saves (0: nothing saved yet, the draft is the current version), so
 * an editor saving over a save newer than what they loaded is told, not obeyed.
 */
@Entity
@Table(name = "studio_process_draft")
class ProcessDraft {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String processKey;
  private String bpmnXml;
  private int revision;
  private int parentVersion;
  private String savedBy;
  private Instant savedAt;

  protected ProcessDraft() {}

  ProcessDraft(String processKey, int parentVersion) {
    this.processKey = processKey;
    this.parentVersion = parentVersion;
  }

  void save(byte[] xml, String by, Instant at) {
    this.bpmnXml = new String(xml, StandardCharsets.UTF_8);
    this.savedBy = by;
    this.savedAt = at;
    this.revision++;
  }

  String processKey() {
    return processKey;
  }

  byte[] xml() {
    return bpmnXml.getBytes(StandardCharsets.UTF_8);
  }

  int revision() {
    return revision;
  }

  int parentVersion() {
    return parentVersion;
  }

  String savedBy() {
    return savedBy;
  }

  Instant savedAt() {
    return savedAt;
  }
}
