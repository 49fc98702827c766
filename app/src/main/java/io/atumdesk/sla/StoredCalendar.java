package io.atumdesk.sla;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A calendar a tenant defined, its week and holidays kept as JSON in {@code definition}. */
@Entity
@Table(name = "business_calendar")
class StoredCalendar {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String calendarId;
  private String name;
  private String zone;
  private String definition;
  private String updatedBy;
  private Instant updatedAt;
  @Version private long version;

  protected StoredCalendar() {}

  StoredCalendar(String tenantId, String calendarId) {
    this.tenantId = tenantId;
    this.calendarId = calendarId;
  }

  void replace(String name, String zone, String definition, String updatedBy, Instant updatedAt) {
    this.name = name;
    this.zone = zone;
    this.definition = definition;
    this.updatedBy = updatedBy;
    this.updatedAt = updatedAt;
  }

  String calendarId() {
    return calendarId;
  }

  String name() {
    return name;
  }

  String zone() {
    return zone;
  }

  String definition() {
    return definition;
  }
}
