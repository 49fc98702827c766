package io.atumdesk.assist.triage;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** A tenant's own apply-above thresholds. */
@Entity
@Table(name = "triage_setting")
class TriageSetting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;

  private double category;
  private double priority;
  private double assignmentGroup;

  protected TriageSetting() {}

  TriageSetting(TriageProperties.ApplyAbove thresholds) {
    set(thresholds);
  }

  void set(TriageProperties.ApplyAbove thresholds) {
    this.category = thresholds.category();
    this.priority = thresholds.priority();
    this.assignmentGroup = thresholds.assignmentGroup();
  }

  TriageProperties.ApplyAbove thresholds() {
    return new TriageProperties.ApplyAbove(category, priority, assignmentGroup);
  }
}
