package io.atumdesk.webhook;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * A sender of generic webhooks at {@code POST /api/v1/hooks/webhook/{name}}: its sealed secret
 * signs the payloads, its mapping (ticket field to JSONPath, as a JSON object) reads them.
 */
@Entity
@Table(name = "webhook_source")
class Source {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String name;
  private String secret;
  private String mapping;
  private boolean active;
  private Instant createdAt;
  @Version private long version;

  protected Source() {}

  Source(String name, String sealedSecret, String mapping, Instant now) {
    this.name = name;
    this.secret = sealedSecret;
    this.mapping = mapping;
    this.active = true;
    this.createdAt = now;
  }

  void change(String mapping, boolean active) {
    this.mapping = mapping;
    this.active = active;
  }

  Long id() {
    return id;
  }

  String tenantId() {
    return tenantId;
  }

  String name() {
    return name;
  }

  String sealedSecret() {
    return secret;
  }

  String mapping() {
    return mapping;
  }

  boolean active() {
    return active;
  }

  Instant createdAt() {
    return createdAt;
  }
}
