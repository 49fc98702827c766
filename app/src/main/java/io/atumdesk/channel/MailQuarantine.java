package io.atumdesk.channel;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A mail that could not be read, kept whole with the reason until an admin looks at it. */
@Entity
@Table(name = "mail_quarantine")
public class MailQuarantine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String mailbox;
  private String reason;
  private byte[] rawSource;
  private String sha256;
  private Instant receivedAt;
  private String sender;

  @Enumerated(EnumType.STRING)
  private Cause cause;

  /** Why a mail is kept instead of taken. */
  public enum Cause {
    UNREADABLE,
    RATE_LIMITED,
    UNVERIFIED_SENDER
  }

  protected MailQuarantine() {}

  MailQuarantine(String mailbox, String reason, byte[] rawSource, String sha256, Instant at) {
    this(mailbox, null, Cause.UNREADABLE, reason, rawSource, sha256, at);
  }

  MailQuarantine(
      String mailbox,
      String sender,
      Cause cause,
      String reason,
      byte[] rawSource,
      String sha256,
      Instant at) {
    this.mailbox = mailbox;
    this.sender = sender;
    this.cause = cause;
    this.reason = reason.length() <= 2000 ? reason : reason.substring(0, 2000);
    this.rawSource = rawSource;
    this.sha256 = sha256;
    this.receivedAt = at;
  }

  public Long id() {
    return id;
  }

  public String mailbox() {
    return mailbox;
  }

  public String reason() {
    return reason;
  }

  String sha256() {
    return sha256;
  }

  public byte[] rawSource() {
    return rawSource;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public String sender() {
    return sender;
  }

  public Cause cause() {
    return cause == null ? Cause.UNREADABLE : cause;
  }
}
