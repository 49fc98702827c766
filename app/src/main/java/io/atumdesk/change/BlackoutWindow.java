package io.atumdesk.change;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A span in which no change may be implemented (a year-end freeze, a trade fair). */
@Entity
@Table(name = "blackout_window")
class BlackoutWindow {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String name;
  private Instant startsAt;
  private Instant endsAt;
  private String reason;
  private String createdBy;
  private Instant createdAt;
  @Version private long version;

  protected BlackoutWindow() {}

  BlackoutWindow(String createdBy, Instant createdAt) {
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  void set(String name, Instant startsAt, Instant endsAt, String reason) {
    this.name = name;
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.reason = reason;
  }

  BlackoutView view() {
    return new BlackoutView(id, name, startsAt, endsAt, reason, createdBy, version);
  }

  /** {@code Year-end freeze (2026-12-20T00:00:00Z to 2027-01-03T00:00:00Z)}, for messages. */
  String shown() {
    return "'%s' (%s to %s)".formatted(name, startsAt, endsAt);
  }

  String tenantId() {
    return tenantId;
  }

  long version() {
    return version;
  }
}
