package io.atumdesk.change;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** One approver's vote on a change, on the board ({@link ApprovalRoute}) that asked for it. */
@Entity
@Table(name = "change_vote")
class ChangeVote {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private Long ticketId;

  @Enumerated(EnumType.STRING)
  private ApprovalRoute board;

  private String voter;

  @Enumerated(EnumType.STRING)
  private VoteDecision decision;

  private String comment;
  private Instant castAt;

  protected ChangeVote() {}

  ChangeVote(
      Long ticketId,
      ApprovalRoute board,
      String voter,
      VoteDecision decision,
      String comment,
      Instant castAt) {
    this.ticketId = ticketId;
    this.board = board;
    this.voter = voter;
    this.decision = decision;
    this.comment = comment;
    this.castAt = castAt;
  }

  VoteView view() {
    return new VoteView(board, voter, decision, comment, castAt);
  }

  ApprovalRoute board() {
    return board;
  }

  String voter() {
    return voter;
  }

  VoteDecision decision() {
    return decision;
  }
}
