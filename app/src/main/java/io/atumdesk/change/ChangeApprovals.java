package io.atumdesk.change;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.workflow.TaskInbox;
import io.atumdesk.workflow.TaskView;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The approvers' votes: the change manager's, each CAB member's, the ECAB's. A vote is kept, goes
 * on the timeline with its comment and completes the voter's step; the process then tallies.
 */
@Service
public class ChangeApprovals {

  private final ChangeRows rows;
  private final Changes changes;
  private final ChangeVotes votes;
  private final TaskInbox tasks;
  private final TicketRecords records;
  private final Clock clock;

  ChangeApprovals(
      ChangeRows rows,
      Changes changes,
      ChangeVotes votes,
      TaskInbox tasks,
      TicketRecords records,
      Clock clock) {
    this.rows = rows;
    this.changes = changes;
    this.votes = votes;
    this.tasks = tasks;
    this.records = records;
    this.clock = clock;
  }

  /**
   * Casts the caller's vote. 403 for someone not on the board the change waits for; 409 for a
   * second vote, or a change that no longer waits for approval (withdrawn, decided).
   */
  @Transactional
  public ChangeView vote(Actor actor, TicketKey key, VoteDecision decision, String comment) {
    if (decision == null) {
      throw new InvalidInputException("decision", "must be APPROVE or REJECT");
    }
    ChangeRows.Found found = rows.find(actor, key);
    Change change = found.change();
    ApprovalRoute board = change.approvalRoute();
    if (board == null || board == ApprovalRoute.PRE_APPROVED) {
      throw new ConflictException("Change " + key + " does not wait for a vote.");
    }
    if (!actor.groups().contains(board.group())) {
      throw new ForbiddenException(
          "Only members of the group '" + board.group() + "' vote on " + key + ".");
    }
    if (votes.existsByTicketIdAndBoardAndVoter(change.ticketId(), board, actor.username())) {
      throw new ConflictException("You voted on " + key + " already.");
    }
    if (change.stage() != ChangeStage.APPROVAL) {
      throw new ConflictException(
          "Change %s is %s and no longer waits for a vote."
              .formatted(key, change.stage().name().toLowerCase(Locale.ROOT)));
    }
    if (decision == VoteDecision.REJECT && (comment == null || comment.isBlank())) {
      throw new InvalidInputException("comment", "must give the reason for a rejection");
    }
    TaskView step =
        openSteps(actor, found.ticket().processInstanceId(), board).stream()
            .filter(task -> actor.username().equals(task.assignee()) || task.assignee() == null)
            .findFirst()
            .orElseThrow(
                () -> new ConflictException("You are not asked to vote on " + key + " now."));
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    ChangeRequirements.limitText("comment", text, ChangeRequirements.TEXT_MAX);
    votes.saveAndFlush(
        new ChangeVote(
            change.ticketId(), board, actor.username(), decision, text, clock.instant()));
    records.reply(
        found.ticket().id(),
        actor.username(),
        "%s vote: %s%s"
            .formatted(
                board == ApprovalRoute.MANAGER ? "Change manager" : board.name(),
                decision == VoteDecision.APPROVE ? "approve" : "reject",
                text == null ? "" : "\n" + text),
        false);
    tasks.complete(actor, step.id(), Map.of());
    return rows.view(actor, key);
  }

  /** The changes waiting for the caller's vote, oldest first. */
  @Transactional(readOnly = true)
  public List<ChangeView> waitingFor(Actor actor) {
    Set<String> keys =
        tasks.open(actor).stream()
            .filter(task -> APPROVAL_STEPS.contains(task.taskKey()))
            .map(TaskView::ticketKey)
            .collect(Collectors.toSet());
    return changes.findByStageInOrderByCreatedAt(List.of(ChangeStage.APPROVAL)).stream()
        .filter(change -> keys.contains(change.ticketKey()))
        .map(change -> rows.view(actor, new TicketKey(change.ticketKey())))
        .toList();
  }

  private static final Set<String> APPROVAL_STEPS =
      Set.of(ChangeSteps.MANAGER_APPROVAL, ChangeSteps.CAB_VOTE, ChangeSteps.ECAB_APPROVAL);

  private List<TaskView> openSteps(Actor actor, String processInstanceId, ApprovalRoute board) {
    String step = ChangeSteps.approvalStep(board);
    return tasks.ofProcess(actor, processInstanceId).stream()
        .filter(task -> step.equals(task.taskKey()))
        .toList();
  }
}
