package io.atumdesk.alert;

import io.atumdesk.connectors.alert.AlertFormat;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * A monitoring system allowed to send alerts at {@code /api/v1/hooks/alerts/{key}}, proving itself
 * with its sealed secret; its incidents get its category, its recoveries follow its setting.
 */
@Entity
@Table(name = "alert_source")
class AlertSource {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;

  @Column(name = "source_key")
  private String key;

  @Enumerated(EnumType.STRING)
  private AlertFormat format;

  private String secret;
  private String category;
  private Boolean resolveOnRecovery;
  private boolean enabled;
  private Instant createdAt;
  @Version private long version;

  protected AlertSource() {}

  AlertSource(String key, AlertFormat format, String sealedSecret, Instant now) {
    this.key = key;
    this.format = format;
    this.secret = sealedSecret;
    this.enabled = true;
    this.createdAt = now;
  }

  void configure(AlertFormat format, String category, Boolean resolveOnRecovery, boolean enabled) {
    this.format = format;
    this.category = category;
    this.resolveOnRecovery = resolveOnRecovery;
    this.enabled = enabled;
  }

  void reseal(String sealedSecret) {
    this.secret = sealedSecret;
  }

  Long id() {
    return id;
  }

  String key() {
    return key;
  }

  AlertFormat format() {
    return format;
  }

  String category() {
    return category;
  }

  Boolean resolveOnRecovery() {
    return resolveOnRecovery;
  }

  boolean enabled() {
    return enabled;
  }

  Instant createdAt() {
    return createdAt;
  }
}
