package io.atumdesk.cmdb;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** A type the tenant's admins defined, with its attribute definitions. */
@Entity
@Table(name = "ci_type")
class CustomCiType {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String typeKey;
  private String name;

  @Convert(converter = JsonColumns.Definitions.class)
  private List<AttributeDefinition> attributes;

  private String createdBy;
  private Instant createdAt;
  @Version private long version;

  protected CustomCiType() {}

  CustomCiType(String tenantId, CiTypeForm form, String by, Instant now) {
    this.tenantId = tenantId;
    this.typeKey = form.key();
    this.name = form.name().strip();
    this.attributes = List.copyOf(form.attributes());
    this.createdBy = by;
    this.createdAt = now;
  }

  CiType view() {
    return new CiType(typeKey, name, false, attributes);
  }
}
