package io.atumdesk.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** One message to one recipient, written in the transaction that decided to send it. */
@Entity
@Table(name = "notification")
public class Notification {

  /** Who receives it: a user, or whoever holds a role for a group or the on-call rota. */
  public enum RecipientKind {
    USER,
    GROUP,
    GROUP_LEAD,
    ON_CALL
  }

  /** Queued until a channel takes it. */
  public enum Status {
    QUEUED,
    SENT,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private Long ticketId;

  @Enumerated(EnumType.STRING)
  private RecipientKind recipientKind;

  private String recipient;
  private String subject;
  private String body;

  @Enumerated(EnumType.STRING)
  private Status status;

  private Instant createdAt;
  private String template;

  protected Notification() {}

  Notification(
      String tenantId,
      Long ticketId,
      RecipientKind kind,
      String recipient,
      String subject,
      String body,
      String template,
      Instant createdAt) {
    this.template = template;
    this.tenantId = tenantId;
    this.ticketId = ticketId;
    this.recipientKind = kind;
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.status = Status.QUEUED;
    this.createdAt = createdAt;
  }

  void delivered(boolean sent) {
    this.status = sent ? Status.SENT : Status.FAILED;
  }

  public String tenantId() {
    return tenantId;
  }

  public Long ticketId() {
    return ticketId;
  }

  public String body() {
    return body;
  }

  /** The mail template it is delivered with, or null for the plain notice. */
  public String template() {
    return template;
  }

  public Long id() {
    return id;
  }

  public RecipientKind recipientKind() {
    return recipientKind;
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
  }

  public Status status() {
    return status;
  }
}
