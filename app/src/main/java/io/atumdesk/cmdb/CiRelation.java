package io.atumdesk.cmdb;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** One typed edge between two items of a tenant, read from source to target. */
@Entity
@Table(name = "ci_relation")
class CiRelation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private Long sourceId;
  private Long targetId;

  @Enumerated(EnumType.STRING)
  private RelationKind kind;

  private String createdBy;
  private Instant createdAt;

  protected CiRelation() {}

  CiRelation(
      String tenantId, long sourceId, RelationKind kind, long targetId, String by, Instant now) {
    this.tenantId = tenantId;
    this.sourceId = sourceId;
    this.kind = kind;
    this.targetId = targetId;
    this.createdBy = by;
    this.createdAt = now;
  }

  Long id() {
    return id;
  }

  Long sourceId() {
    return sourceId;
  }

  Long targetId() {
    return targetId;
  }

  RelationKind kind() {
    return kind;
  }
}
