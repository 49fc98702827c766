package io.atumdesk.cmdb;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** One CSV import with its counts; its rejected rows are kept beside it. */
@Entity
@Table(name = "ci_import")
class CiImport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String importedBy;
  private Instant importedAt;
  private int created;
  private int updated;
  private int unchanged;
  private int relations;
  private int rejected;

  protected CiImport() {}

  CiImport(String tenantId, String by, Instant at, ImportReport.Counts counts) {
    this.tenantId = tenantId;
    this.importedBy = by;
    this.importedAt = at;
    this.created = counts.created();
    this.updated = counts.updated();
    this.unchanged = counts.unchanged();
    this.relations = counts.relations();
    this.rejected = counts.rejected();
  }

  ImportReport report(java.util.List<ImportReport.Rejection> rejections) {
    return new ImportReport(
        id,
        importedBy,
        importedAt,
        new ImportReport.Counts(created, updated, unchanged, relations, rejected),
        rejections);
  }

  Long id() {
    return id;
  }
}
