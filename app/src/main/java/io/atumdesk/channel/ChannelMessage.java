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

/**
 * A message seen on a messaging channel, unique per tenant, channel and message id, with what it
 * did and the thread it belongs to; a refused payload is kept here with its reason.
 */
@Entity
@Table(name = "channel_message")
public class ChannelMessage {

  /** What a message did. */
  public enum Outcome {
    RAISED,
    REPLIED,
    REJECTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String channel;
  private String account;
  private String messageId;
  private String threadKey;
  private String sender;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  private String ticketKey;
  private String reason;
  private String rawSource;
  private Instant receivedAt;

  protected ChannelMessage() {}

  ChannelMessage(
      String channel,
      String account,
      String messageId,
      String threadKey,
      String sender,
      Outcome outcome,
      String ticketKey,
      Instant receivedAt) {
    this.channel = channel;
    this.account = account;
    this.messageId = cut(messageId, 300);
    this.threadKey = cut(threadKey, 300);
    this.sender = cut(sender, 320);
    this.outcome = outcome;
    this.ticketKey = ticketKey;
    this.receivedAt = receivedAt;
  }

  static ChannelMessage rejected(
      String channel, String account, String id, String raw, String reason, Instant at) {
    ChannelMessage message =
        new ChannelMessage(channel, account, id, null, null, Outcome.REJECTED, null, at);
    message.reason = cut(reason, 2000);
    message.rawSource = cut(raw, 20_000);
    return message;
  }

  private static String cut(String text, int longest) {
    return text == null || text.length() <= longest ? text : text.substring(0, longest);
  }

  public String channel() {
    return channel;
  }

  public String account() {
    return account;
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

  public String reason() {
    return reason;
  }

  public String rawSource() {
    return rawSource;
  }

  public Instant receivedAt() {
    return receivedAt;
  }
}
