package io.atumdesk.channel;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** The channel, account and address a ticket's requester last wrote from. */
@Entity
@Table(name = "conversation")
public class Conversation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String ticketKey;
  private String channel;
  private String account;
  private String address;
  private String threadReference;
  private Instant updatedAt;

  protected Conversation() {}

  Conversation(String ticketKey) {
    this.ticketKey = ticketKey;
  }

  void continueOn(
      String channel, String account, String address, String threadReference, Instant at) {
    this.channel = channel;
    this.account = account;
    this.address = address;
    this.threadReference = threadReference;
    this.updatedAt = at;
  }

  public String ticketKey() {
    return ticketKey;
  }

  /** {@code email}, {@code sms}, {@code slack}, {@code teams}, {@code telegram} or {@code chat}. */
  public String channel() {
    return channel;
  }

  public String account() {
    return account;
  }

  public String address() {
    return address;
  }

  /** The channel's id of the thread to answer in (for mail: the latest Message-ID), or null. */
  public String threadReference() {
    return threadReference;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
