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

/**
 * The one draft a tenant edits of a decision table or form: its text (DMN XML or form-js JSON), the
 * version it started from and its last save. Its revision counts saves, as a process draft's.
 */
@Entity
@Table(name = "studio_model_draft")
class ModelDraft {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;

  @Enumerated(EnumType.STRING)
  private ModelKind kind;

  private String modelKey;
  private String content;
  private int revision;
  private int parentVersion;
  private String savedBy;
  private Instant savedAt;

  protected ModelDraft() {}

  ModelDraft(ModelKind kind, String modelKey, int parentVersion) {
    this.kind = kind;
    this.modelKey = modelKey;
    this.parentVersion = parentVersion;
  }

  void save(String content, String by, Instant at) {
    this.content = content;
    this.savedBy = by;
    this.savedAt = at;
    this.revision++;
  }

  String content() {
    return content;
  }

  int revision() {
    return revision;
  }

  int parentVersion() {
    return parentVersion;
  }

  DraftConflicts.Saved saved() {
    return new DraftConflicts.Saved(modelKey, revision, savedBy, savedAt);
  }

  ModelEditing.Draft view() {
    return new ModelEditing.Draft(modelKey, content, revision, parentVersion, savedBy, savedAt);
  }
}
