package io.atumdesk.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.TenantId;

/** One message to send on one channel, with its state, tries and last error. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String channel;
  private String account;
  private String recipient;
  private String threadReference;
  private String subject;

  @Column(name = "text_body")
  private String text;

  @Column(name = "html_body")
  private String html;

  private String headers;
  private String attachmentIds;
  private String ticketKey;
  private Long timelineEntryId;
  private Long notificationId;
  private Long broadcastId;

  @Enumerated(EnumType.STRING)
  private OutboxStatus status;

  private int attempts;
  private Instant nextAttemptAt;
  private String claimedBy;
  private String lastError;
  private String channelMessageId;
  private Instant createdAt;
  private Instant sentAt;

  protected OutboxMessage() {}

  /** Takes the tenant explicitly: engine threads write as the root tenant. */
  OutboxMessage(String tenantId, Envelope envelope, String headersJson, Instant now) {
    this.tenantId = tenantId;
    this.channel = envelope.channel();
    this.account = envelope.account();
    this.recipient = envelope.recipient();
    this.threadReference = envelope.threadReference();
    this.subject = envelope.subject();
    this.text = envelope.text();
    this.html = envelope.html();
    this.headers = headersJson;
    this.attachmentIds = "";
    this.ticketKey = envelope.ticketKey();
    this.timelineEntryId = envelope.timelineEntryId();
    this.notificationId = envelope.notificationId();
    this.status = OutboxStatus.PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  /** One recipient's message of a broadcast, due in its paced slot rather than at once. */
  void paced(Long broadcast, Instant due) {
    this.broadcastId = broadcast;
    this.nextAttemptAt = due;
  }

  void sent(String channelId, Instant at) {
    attempts++;
    status = OutboxStatus.SENT;
    channelMessageId = channelId;
    sentAt = at;
    lastError = null;
    claimedBy = null;
  }

  /** A failed try: again at {@code next}, or a dead letter when there is none. */
  void failed(String reason, Optional<Instant> next) {
    attempts++;
    lastError = reason.length() <= 2000 ? reason : reason.substring(0, 2000);
    claimedBy = null;
    next.ifPresentOrElse(at -> nextAttemptAt = at, () -> status = OutboxStatus.DEAD);
  }

  /** Dead for a reason no try can change (no transport, no account). */
  void dead(String reason) {
    failed(reason, Optional.empty());
  }

  /** An admin sends a dead letter again: a fresh set of tries from now. */
  void retry(Instant now) {
    status = OutboxStatus.PENDING;
    attempts = 0;
    nextAttemptAt = now;
  }

  boolean claimedBy(String claim) {
    return status == OutboxStatus.PENDING && claim.equals(claimedBy);
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

  public String recipient() {
    return recipient;
  }

  public String threadReference() {
    return threadReference;
  }

  public String subject() {
    return subject;
  }

  public String text() {
    return text;
  }

  public String html() {
    return html;
  }

  String headersJson() {
    return headers;
  }

  public String ticketKey() {
    return ticketKey;
  }

  public Long timelineEntryId() {
    return timelineEntryId;
  }

  public Long notificationId() {
    return notificationId;
  }

  public OutboxStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String lastError() {
    return lastError;
  }

  public String channelMessageId() {
    return channelMessageId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sentAt() {
    return sentAt;
  }
}
