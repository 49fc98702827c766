package io.atumdesk.channel;

import io.atumdesk.connectors.SenderAuthentication;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A mail we have seen or sent, by its Message-ID, and what it did to which ticket. */
@Entity
@Table(name = "mail_message")
public class MailMessage {

  /** Whether we received or sent it. */
  public enum Direction {
    INBOUND,
    OUTBOUND
  }

  /** What an inbound mail did. */
  public enum Outcome {
    RAISED,
    REPLIED,
    AUTOMATED,
    SENT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String messageId;

  @Enumerated(EnumType.STRING)
  private Direction direction;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  private String ticketKey;
  private String mailbox;
  private String sender;
  private String subject;
  private Instant receivedAt;
  private String spf;
  private String dkim;
  private String dmarc;

  protected MailMessage() {}

  MailMessage(
      String messageId,
      Direction direction,
      Outcome outcome,
      String ticketKey,
      String mailbox,
      String sender,
      String subject,
      Instant receivedAt) {
    this.messageId = messageId;
    this.direction = direction;
    this.outcome = outcome;
    this.ticketKey = ticketKey;
    this.mailbox = mailbox;
    this.sender = sender;
    this.subject =
        subject == null || subject.length() <= 1000 ? subject : subject.substring(0, 1000);
    this.receivedAt = receivedAt;
  }

  /** Stamps the tenant where the session cannot (a process thread works as the root tenant). */
  MailMessage of(String tenantId) {
    this.tenantId = tenantId;
    return this;
  }

  /** Records what the receiving server said about the sender. */
  MailMessage authenticated(SenderAuthentication results) {
    this.spf = results.spf();
    this.dkim = results.dkim();
    this.dmarc = results.dmarc();
    return this;
  }

  public String dmarc() {
    return dmarc;
  }

  public String messageId() {
    return messageId;
  }

  public Outcome outcome() {
    return outcome;
  }

  public String ticketKey() {
    return ticketKey;
  }
}
