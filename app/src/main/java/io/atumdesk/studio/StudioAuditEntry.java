package io.atumdesk.studio;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** One line of the studio's audit trail: who did what to which model and version, and when. */
@Entity
@Table(name = "studio_audit")
class StudioAuditEntry {

  /** What was done. */
  enum Action {
    SAVE,
    DISCARD,
    PUBLISH,
    ROLLBACK,
    MIGRATE,
    DRY_RUN,
    IMPORT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private Instant happenedAt;
  private String actor;

  @Enumerated(EnumType.STRING)
  private Action action;

  private String modelKey;
  private int version;
  private String detail;

  /** The model's changes, one line each (see {@code ModelDiff.text}); null where none applies. */
  private String diff;

  protected StudioAuditEntry() {}

  StudioAuditEntry(
      Instant happenedAt,
      String actor,
      Action action,
      String modelKey,
      int version,
      String detail,
      String diff) {
    this.diff = diff;
    this.happenedAt = happenedAt;
    this.actor = actor;
    this.action = action;
    this.modelKey = modelKey;
    this.version = version;
    this.detail = detail;
  }

  StudioAudit.Entry view() {
    return new StudioAudit.Entry(happenedAt, actor, action.name(), modelKey, version, detail, diff);
  }
}
