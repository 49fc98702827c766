package io.atumdesk.assist.similar;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A ticket's likely duplicate (an older open ticket alike above the threshold), and its fate. */
@Entity
@Table(name = "duplicate_flag")
class DuplicateFlag {

  /** What the agent made of the flag; OPEN until someone decides. */
  enum State {
    OPEN,
    DISMISSED,
    LINKED,
    MERGED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private Long ticketId;
  private Long candidateTicketId;
  private double score;

  @Enumerated(EnumType.STRING)
  private State state;

  private Instant flaggedAt;
  private String decidedBy;
  private Instant decidedAt;

  protected DuplicateFlag() {}

  DuplicateFlag(Long ticketId, Long candidateTicketId, double score, Instant at) {
    this.ticketId = ticketId;
    this.candidateTicketId = candidateTicketId;
    this.score = score;
    this.state = State.OPEN;
    this.flaggedAt = at;
  }

  void decide(State decision, String by, Instant at) {
    this.state = decision;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  Long ticketId() {
    return ticketId;
  }

  Long candidateTicketId() {
    return candidateTicketId;
  }

  double score() {
    return score;
  }

  State state() {
    return state;
  }

  String decidedBy() {
    return decidedBy;
  }
}
