package io.atumdesk.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** One text sent to many recipients on one account; each recipient is one outbox message. */
@Entity
@Table(name = "broadcast")
public class Broadcast {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String channel;
  private String account;

  @Column(name = "text_body")
  private String text;

  private String ticketKey;
  private int recipients;
  private String createdBy;
  private Instant createdAt;
  private Instant lastDueAt;

  protected Broadcast() {}

  Broadcast(
      String channel,
      String account,
      String text,
      String ticketKey,
      int recipients,
      String createdBy,
      Instant createdAt,
      Instant lastDueAt) {
    this.channel = channel;
    this.account = account;
    this.text = text;
    this.ticketKey = ticketKey;
    this.recipients = recipients;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.lastDueAt = lastDueAt;
  }

  public Long id() {
    return id;
  }

  public String channel() {
    return channel;
  }

  public String account() {
    return account;
  }

  public String text() {
    return text;
  }

  public String ticketKey() {
    return ticketKey;
  }

  public int recipients() {
    return recipients;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** When the last recipient's message is due: the broadcast's expected end. */
  public Instant lastDueAt() {
    return lastDueAt;
  }
}
