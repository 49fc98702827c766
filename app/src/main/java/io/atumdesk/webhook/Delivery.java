package io.atumdesk.webhook;

import io.atumdesk.connectors.webhook.WebhookOutcome;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * One event for one subscription: written in the event's transaction, then tried until delivered
 * or, after the last try or a final answer, kept as a dead letter an admin may send again.
 */
@Entity
@Table(name = "webhook_delivery")
public class Delivery {

  /** Waiting for its (next) try; delivered; given up on. */
  public enum Status {
    PENDING,
    DELIVERED,
    DEAD
  }

  static final int LONGEST_ERROR = 2_000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String deliveryId;
  private Long subscriptionId;
  private String event;
  private String ticketKey;
  private String body;

  @Enumerated(EnumType.STRING)
  private Status status;

  private int attempts;
  private Instant nextAttemptAt;
  private Instant lastAttemptAt;
  private Integer responseStatus;
  private String responseBody;
  private Long durationMillis;
  private String lastError;
  private Instant createdAt;
  @Version private long version;

  protected Delivery() {}

  Delivery(
      String tenantId,
      UUID deliveryId,
      Long subscriptionId,
      WebhookEvent event,
      String ticketKey,
      String body,
      Instant now) {
    this.tenantId = tenantId;
    this.deliveryId = deliveryId.toString();
    this.subscriptionId = subscriptionId;
    this.event = event.wireName();
    this.ticketKey = ticketKey;
    this.body = body;
    this.status = Status.PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  /** Notes one try; the next is planned by the wait, or there is none when it is empty. */
  void tried(WebhookOutcome outcome, Instant at, Optional<Duration> nextWait) {
    attempts++;
    lastAttemptAt = at;
    responseStatus = outcome.status() == 0 ? null : outcome.status();
    responseBody = outcome.response();
    durationMillis = outcome.durationMillis();
    lastError = cut(outcome.reason());
    switch (outcome.result()) {
      case DELIVERED -> finish(Status.DELIVERED);
      case PERMANENT -> finish(Status.DEAD);
      case RETRY ->
          nextWait.ifPresentOrElse(
              wait -> nextAttemptAt = at.plus(wait), () -> finish(Status.DEAD));
    }
  }

  /** Claims it for one try: no other sender takes it before {@code until} (the version guards). */
  void claim(Instant until) {
    nextAttemptAt = until;
  }

  /** Given up without a try (the subscription was switched off, say). */
  void abandon(String reason) {
    lastError = cut(reason);
    finish(Status.DEAD);
  }

  /** An admin sends a dead letter again: a fresh round of tries, starting now. */
  void retry(Instant now) {
    status = Status.PENDING;
    attempts = 0;
    nextAttemptAt = now;
  }

  private void finish(Status status) {
    this.status = status;
    this.nextAttemptAt = null;
  }

  private static String cut(String text) {
    return text == null || text.length() <= LONGEST_ERROR ? text : text.substring(0, LONGEST_ERROR);
  }

  public Long id() {
    return id;
  }

  String tenantId() {
    return tenantId;
  }

  public String deliveryId() {
    return deliveryId;
  }

  public Long subscriptionId() {
    return subscriptionId;
  }

  public String event() {
    return event;
  }

  public String ticketKey() {
    return ticketKey;
  }

  public String body() {
    return body;
  }

  public Status status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant lastAttemptAt() {
    return lastAttemptAt;
  }

  public Integer responseStatus() {
    return responseStatus;
  }

  public String responseBody() {
    return responseBody;
  }

  public Long durationMillis() {
    return durationMillis;
  }

  public String lastError() {
    return lastError;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
