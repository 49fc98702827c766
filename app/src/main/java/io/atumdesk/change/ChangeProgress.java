package io.atumdesk.change;

import io.atumdesk.core.ConflictException;
import io.atumdesk.ticket.TicketRecords;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the change process records on the change as it moves: tallies, decisions, escalation. */
@Component
class ChangeProgress {

  static final String CAB_MEMBER = "cabMember";

  private final ChangeRows rows;
  private final Changes changes;
  private final ChangeVotes votes;
  private final TicketRecords records;

  ChangeProgress(ChangeRows rows, Changes changes, ChangeVotes votes, TicketRecords records) {
    this.rows = rows;
    this.changes = changes;
    this.votes = votes;
    this.records = records;
  }

  /**
   * Tallies the board's votes: the CAB by its members, quorum and veto from the variables the risk
   * assessment set; the change manager and the ECAB decide alone.
   */
  Map<String, Object> tally(Long ticketId, ApprovalRoute board, Map<String, Object> variables) {
    List<?> members =
        variables.get(ChangeSteps.CAB_MEMBERS) instanceof List<?> list ? list : List.of();
    List<ChangeVote> cast =
        votes.findByTicketIdAndBoard(ticketId, board).stream()
            .filter(vote -> board != ApprovalRoute.CAB || members.contains(vote.voter()))
            .toList();
    requireVoteRecorded(rows.forProcess(ticketId), board, cast, variables.get(CAB_MEMBER));
    int approvals = (int) cast.stream().filter(v -> v.decision() == VoteDecision.APPROVE).count();
    BoardTally tally =
        board == ApprovalRoute.CAB
            ? new BoardTally(
                members.size(),
                ((Number) variables.getOrDefault(ChangeSteps.CAB_QUORUM, 1)).intValue(),
                Boolean.TRUE.equals(variables.get(ChangeSteps.CAB_VETO)),
                approvals,
                cast.size() - approvals)
            : new BoardTally(1, 1, false, approvals, cast.size() - approvals);
    String outcome = tally.outcome().name().toLowerCase(Locale.ROOT);
    if (tally.certain()) {
      records.recordEvent(
          ticketId,
          "system",
          "%s %s the change (%s)".formatted(board.name(), outcome, tally),
          Map.of("board", board.name(), "outcome", outcome));
    }
    return Map.of(
        ChangeSteps.APPROVAL_OUTCOME, outcome, ChangeSteps.APPROVAL_CERTAIN, tally.certain());
  }

  /** APPROVED and PRE_APPROVED move the change on to scheduling, REJECTED ends it. */
  void decide(Long ticketId, String outcome) {
    Change change = rows.forProcess(ticketId);
    change.decided(
        outcome, "REJECTED".equals(outcome) ? ChangeStage.REJECTED : ChangeStage.SCHEDULING);
    changes.saveAndFlush(change);
  }

  /** The change manager decides an emergency change the ECAB left undecided. */
  void escalate(Long ticketId) {
    Change change = rows.forProcess(ticketId);
    change.escalated();
    changes.saveAndFlush(change);
    records.recordEvent(
        ticketId,
        "system",
        "The ECAB did not decide in time; escalated to the change managers",
        Map.of("board", ApprovalRoute.MANAGER.name()));
  }

  String implementationResult(Long ticketId) {
    Change change = rows.forProcess(ticketId);
    if (change.implementationResult() == null) {
      throw notThroughTheApi(change, "implementation");
    }
    return change.implementationResult().name();
  }

  /** That the change reached {@code stage}: its API, not a bare task completion, moved it. */
  void check(Long ticketId, ChangeStage stage) {
    Change change = rows.forProcess(ticketId);
    if (stage == ChangeStage.DRAFT) {
      ChangeRequirements.forAssessment(change.plan());
    } else if (change.stage() != stage) {
      throw notThroughTheApi(
          change,
          switch (stage) {
            case IMPLEMENTATION -> "schedule";
            case REVIEW -> "rollback";
            default -> "review";
          });
    }
  }

  /** A vote step completed without a recorded vote (say, by the generic task API) is refused. */
  private static void requireVoteRecorded(
      Change change, ApprovalRoute board, List<ChangeVote> cast, Object member) {
    boolean recorded =
        board == ApprovalRoute.CAB
            ? cast.stream().anyMatch(vote -> vote.voter().equals(member))
            : !cast.isEmpty();
    if (!recorded) {
      throw notThroughTheApi(change, "votes");
    }
  }

  private static ConflictException notThroughTheApi(Change change, String action) {
    return new ConflictException(
        "This step of %s completes through POST /api/v1/changes/%s/%s, which checks and records it."
            .formatted(change.ticketKey(), change.ticketKey(), action));
  }
}
