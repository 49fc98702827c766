package io.atumdesk.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** The requester's satisfaction with a resolved ticket: one per ticket, replaced on re-rating. */
@Entity
@Table(name = "ticket_rating")
public class TicketRating {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private Long ticketId;
  private int score;

  @Column(name = "comment_text")
  private String comment;

  private String ratedBy;
  private Instant ratedAt;
  @Version private long version;

  protected TicketRating() {}

  TicketRating(Ticket ticket) {
    this.tenantId = ticket.tenantId();
    this.ticketId = ticket.id();
  }

  void rate(int score, String comment, String by, Instant now) {
    this.score = score;
    this.comment = comment;
    this.ratedBy = by;
    this.ratedAt = now;
  }

  /** 1 (very unhappy) to 5 (very happy). */
  public int score() {
    return score;
  }

  /** Plain text as the requester wrote it; pages escape it. */
  public String comment() {
    return comment;
  }

  public String ratedBy() {
    return ratedBy;
  }

  public Instant ratedAt() {
    return ratedAt;
  }
}
