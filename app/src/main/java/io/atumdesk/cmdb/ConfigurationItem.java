package io.atumdesk.cmdb;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.TenantId;

/** Something the IT department manages and keeps track of: a service, a server, a laptop. */
@Entity
@Table(name = "configuration_item")
public class ConfigurationItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;

  @Column(name = "ci_key")
  private String key;

  private String name;
  private String typeKey;

  @Enumerated(EnumType.STRING)
  private CiState state;

  private String owner;

  @Enumerated(EnumType.STRING)
  private Criticality criticality;

  @Convert(converter = JsonColumns.Attributes.class)
  private Map<String, Object> attributes = new LinkedHashMap<>();

  private Instant createdAt;
  private Instant updatedAt;
  @Version private long version;

  protected ConfigurationItem() {}

  ConfigurationItem(String tenantId, CiKey key, String typeKey, CiState state, Instant now) {
    this.tenantId = tenantId;
    this.key = key.value();
    this.typeKey = typeKey;
    this.state = state;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void describe(
      String name,
      String owner,
      Criticality criticality,
      Map<String, Object> attributes,
      Instant now) {
    this.name = name;
    this.owner = owner;
    this.criticality = criticality;
    this.attributes = new LinkedHashMap<>(attributes);
    this.updatedAt = now;
  }

  /** Whether the item has these values already (numbers compared as written, 8 = 8.0 not). */
  boolean describedAs(
      String name, String owner, Criticality criticality, Map<String, Object> attributes) {
    var json = new JsonColumns.Attributes();
    return Objects.equals(this.name, name)
        && Objects.equals(this.owner, owner)
        && this.criticality == criticality
        && json.convertToDatabaseColumn(this.attributes)
            .equals(json.convertToDatabaseColumn(attributes));
  }

  void moveTo(CiState target, Instant now) {
    this.state = target;
    this.updatedAt = now;
  }

  String tenantId() {
    return tenantId;
  }

  public Long id() {
    return id;
  }

  public CiKey key() {
    return new CiKey(key);
  }

  public String name() {
    return name;
  }

  public String typeKey() {
    return typeKey;
  }

  public CiState state() {
    return state;
  }

  /** A group key or a username; null when nobody is named. */
  public String owner() {
    return owner;
  }

  public Criticality criticality() {
    return criticality;
  }

  public Map<String, Object> attributes() {
    return Map.copyOf(attributes);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  public boolean isService() {
    return CiType.SERVICE.equals(typeKey);
  }
}
