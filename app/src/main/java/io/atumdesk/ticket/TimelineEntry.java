package io.atumdesk.ticket;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * One line of a ticket's history: a reply, an internal note, a system event, a decision with its
 * explanation, or a field change (who, when, field, old, new).
 */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry {

  /** What a timeline entry records. */
  public enum Kind {
    REPLY,
    NOTE,
    EVENT,
    DECISION,
    FIELD_CHANGED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timeline_entry_seq")
  @SequenceGenerator(
      name = "timeline_entry_seq",
      sequenceName = "timeline_entry_seq",
      allocationSize = 50)
  private Long id;

  @TenantId private String tenantId;
  private Long ticketId;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private String actor;
  private Instant occurredAt;
  private boolean internal;
  private String body;
  private String field;
  private String oldValue;
  private String newValue;
  private String details;

  protected TimelineEntry() {}

  /** Takes the ticket's tenant explicitly: engine threads write as the root tenant. */
  TimelineEntry(
      Ticket ticket, Kind kind, String actor, Instant occurredAt, boolean internal, String body) {
    this.tenantId = ticket.tenantId();
    this.ticketId = ticket.id();
    this.kind = kind;
    this.actor = actor;
    this.occurredAt = occurredAt;
    this.internal = internal;
    this.body = body;
  }

  static TimelineEntry fieldChanged(
      Ticket ticket, Ticket.FieldChange change, String actor, Instant at) {
    TimelineEntry entry = new TimelineEntry(ticket, Kind.FIELD_CHANGED, actor, at, false, null);
    entry.field = change.field().apiName();
    entry.oldValue = change.oldValue();
    entry.newValue = change.newValue();
    return entry;
  }

  /**
   * A copy of this reply or note on the ticket a duplicate was merged into, written when and by
   * whom the original was; {@code staffOnly} turns a public reply into an internal note.
   */
  TimelineEntry copiedTo(Ticket survivor, boolean staffOnly, String detailsJson) {
    boolean hidden = internal || staffOnly;
    TimelineEntry copy =
        new TimelineEntry(survivor, hidden ? Kind.NOTE : kind, actor, occurredAt, hidden, body);
    return copy.withDetails(detailsJson);
  }

  TimelineEntry withDetails(String json) {
    this.details = json;
    return this;
  }

  public Long id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  public String actor() {
    return actor;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public boolean internal() {
    return internal;
  }

  public String body() {
    return body;
  }

  public String field() {
    return field;
  }

  public String oldValue() {
    return oldValue;
  }

  public String newValue() {
    return newValue;
  }

  public String details() {
    return details;
  }
}
