package io.atumdesk.cmdb;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** A row an import did not take, and why. */
@Entity
@Table(name = "ci_import_rejection")
class CiImportRejection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private Long importId;
  private String fileName;
  private int lineNumber;

  @Column(name = "column_name")
  private String columnName;

  private String reason;

  protected CiImportRejection() {}

  CiImportRejection(String tenantId, Long importId, ImportReport.Rejection rejection) {
    this.tenantId = tenantId;
    this.importId = importId;
    this.fileName = rejection.file();
    this.lineNumber = rejection.row();
    this.columnName = cut(rejection.column(), 100);
    this.reason = cut(rejection.reason(), 1000);
  }

  /** Kept within its column; a cycle's path in a reason can be long. */
  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  ImportReport.Rejection view() {
    return new ImportReport.Rejection(fileName, lineNumber, columnName, reason);
  }
}
