package io.atumdesk.ticket;

import jakarta.persistence.Column;
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
 * One link between two tickets, stored once for both: the ticket with the lower id is side A and
 * {@code kind} reads from A to B, so the pair is unique and B sees {@link LinkKind#inverse()}.
 */
@Entity
@Table(name = "ticket_link")
class TicketLink {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;

  @Column(name = "ticket_a_id")
  private Long ticketAId;

  @Column(name = "ticket_b_id")
  private Long ticketBId;

  @Enumerated(EnumType.STRING)
  private LinkKind kind;

  private String createdBy;
  private Instant createdAt;

  protected TicketLink() {}

  /** A link reading "{@code from} kind {@code to}", stored in the order of the ids. */
  static TicketLink between(Ticket from, LinkKind kind, Ticket to, String by, Instant now) {
    TicketLink link = new TicketLink();
    boolean fromFirst = from.id() < to.id();
    link.tenantId = from.tenantId();
    link.ticketAId = fromFirst ? from.id() : to.id();
    link.ticketBId = fromFirst ? to.id() : from.id();
    link.kind = fromFirst ? kind : kind.inverse();
    link.createdBy = by;
    link.createdAt = now;
    return link;
  }

  /** The ticket at the other end, seen from {@code ticketId}. */
  Long otherThan(Long ticketId) {
    return ticketId.equals(ticketAId) ? ticketBId : ticketAId;
  }

  /** The kind as read from {@code ticketId}. */
  LinkKind kindFrom(Long ticketId) {
    return ticketId.equals(ticketAId) ? kind : kind.inverse();
  }
}
