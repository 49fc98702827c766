package io.atumdesk.assist.triage;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A tenant's current triage model as stored: its bytes ({@link TriageModelFormat}) and origin. */
@Entity
@Table(name = "triage_model")
class StoredTriageModel {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;

  private Instant trainedAt;
  private int examples;
  private int formatVersion;
  private byte[] model;
  private String trainedBy;
  private String trainedOn;

  protected StoredTriageModel() {}

  StoredTriageModel(TriageModel model, String trainedBy, String trainedOn) {
    replaceWith(model, trainedBy, trainedOn);
  }

  void replaceWith(TriageModel model, String trainedBy, String trainedOn) {
    this.trainedAt = model.trainedAt();
    this.examples = model.examples();
    this.formatVersion = TriageModelFormat.VERSION;
    this.model = TriageModelFormat.write(model);
    this.trainedBy = trainedBy;
    this.trainedOn = trainedOn;
  }

  Instant trainedAt() {
    return trainedAt;
  }

  byte[] model() {
    return model;
  }

  int formatVersion() {
    return formatVersion;
  }
}
