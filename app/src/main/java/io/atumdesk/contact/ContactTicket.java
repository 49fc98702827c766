package io.atumdesk.contact;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A ticket a contact wrote on, and the channel they last used for it. */
@Entity
@Table(name = "contact_ticket")
public class ContactTicket {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private Long contactId;
  private String ticketKey;
  private String channel;
  private Instant lastSeen;

  protected ContactTicket() {}

  ContactTicket(Long contactId, String ticketKey, String channel, Instant lastSeen) {
    this.contactId = contactId;
    this.ticketKey = ticketKey;
    this.channel = channel;
    this.lastSeen = lastSeen;
  }

  public String ticketKey() {
    return ticketKey;
  }

  public String channel() {
    return channel;
  }

  public Instant lastSeen() {
    return lastSeen;
  }

  Long contactId() {
    return contactId;
  }

  void seen(String channel, Instant at) {
    this.channel = channel;
    this.lastSeen = at;
  }

  void moveTo(Long contactId) {
    this.contactId = contactId;
  }
}
