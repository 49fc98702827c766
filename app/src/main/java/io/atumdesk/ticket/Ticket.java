package io.atumdesk.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.TenantId;

/**
 * The queryable half of a work item; its process instance decides what happens next. Field changes
 * go through {@link #change} so that each one lands in the audit trail.
 */
@Entity
@Table(name = "ticket")
public class Ticket {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
  @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 50)
  private Long id;

  @TenantId private String tenantId;

  @Column(name = "ticket_key")
  private String key;

  @Enumerated(EnumType.STRING)
  private TicketType type;

  @Enumerated(EnumType.STRING)
  private TicketStatus status;

  @Enumerated(EnumType.STRING)
  private Priority priority;

  private String subject;
  private String description;
  private String requester;
  private String category;

  @Enumerated(EnumType.STRING)
  private Level impact;

  @Enumerated(EnumType.STRING)
  private Level urgency;

  private String assignmentGroup;
  private String assignee;
  private String resolution;
  private int reopenCount;
  private String processInstanceId;
  private String language;
  private Instant createdAt;
  private Instant updatedAt;
  private Instant resolvedAt;
  private Instant closedAt;
  @Version private long version;

  protected Ticket() {}

  Ticket(String tenantId, TicketKey key, TicketType type, String requester, Instant now) {
    this.tenantId = tenantId;
    this.key = key.value();
    this.type = type;
    this.requester = requester;
    this.status = TicketStatus.NEW;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Sets a field; answers the change when the value really changed. */
  Optional<FieldChange> change(TicketField field, Object rawValue, Instant now) {
    Object value = field.coerce(rawValue);
    Object old = get(field);
    if (Objects.equals(old, value)) {
      return Optional.empty();
    }
    set(field, value, now);
    updatedAt = now;
    return Optional.of(new FieldChange(field, text(old), text(value)));
  }

  Object get(TicketField field) {
    return switch (field) {
      case SUBJECT -> subject;
      case DESCRIPTION -> description;
      case CATEGORY -> category;
      case IMPACT -> impact;
      case URGENCY -> urgency;
      case PRIORITY -> priority;
      case ASSIGNMENT_GROUP -> assignmentGroup;
      case ASSIGNEE -> assignee;
      case STATUS -> status;
      case RESOLUTION -> resolution;
    };
  }

  private void set(TicketField field, Object value, Instant now) {
    switch (field) {
      case SUBJECT -> subject = (String) value;
      case DESCRIPTION -> description = (String) value;
      case CATEGORY -> category = (String) value;
      case IMPACT -> impact = (Level) value;
      case URGENCY -> urgency = (Level) value;
      case PRIORITY -> priority = (Priority) value;
      case ASSIGNMENT_GROUP -> assignmentGroup = (String) value;
      case ASSIGNEE -> assignee = (String) value;
      case STATUS -> moveTo((TicketStatus) value, now);
      case RESOLUTION -> resolution = (String) value;
    }
  }

  private void moveTo(TicketStatus next, Instant now) {
    if (next == TicketStatus.RESOLVED) {
      resolvedAt = now;
    } else if (next == TicketStatus.CLOSED) {
      closedAt = now;
    } else if (next == TicketStatus.IN_PROGRESS || next == TicketStatus.NEW) {
      resolvedAt = null;
    }
    status = next;
  }

  void reopened(Instant now) {
    reopenCount++;
    updatedAt = now;
  }

  void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void writtenIn(String language) {
    this.language = language;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  public Long id() {
    return id;
  }

  public String tenantId() {
    return tenantId;
  }

  public TicketKey key() {
    return new TicketKey(key);
  }

  public TicketType type() {
    return type;
  }

  public TicketStatus status() {
    return status;
  }

  public Priority priority() {
    return priority;
  }

  public String subject() {
    return subject;
  }

  public String description() {
    return description;
  }

  public String requester() {
    return requester;
  }

  public String category() {
    return category;
  }

  /** The language the ticket is written in (ISO 639 code), null when it could not be told. */
  public String language() {
    return language;
  }

  public Level impact() {
    return impact;
  }

  public Level urgency() {
    return urgency;
  }

  public String assignmentGroup() {
    return assignmentGroup;
  }

  public String assignee() {
    return assignee;
  }

  public String resolution() {
    return resolution;
  }

  public int reopenCount() {
    return reopenCount;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant resolvedAt() {
    return resolvedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public long version() {
    return version;
  }

  /** One field's old and new value, as text for the audit trail. */
  public record FieldChange(TicketField field, String oldValue, String newValue) {}
}
