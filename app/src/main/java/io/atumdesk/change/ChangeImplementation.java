package io.atumdesk.change;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException.FieldProblem;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.workflow.TaskInbox;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After scheduling: the implementation's result, the rollback of a failed one, and the
 * post-implementation review that closes the change.
 */
@Service
public class ChangeImplementation {

  private final ChangeRows rows;
  private final Changes changes;
  private final TicketRecords records;
  private final TaskInbox tasks;
  private final Clock clock;

  ChangeImplementation(
      ChangeRows rows, Changes changes, TicketRecords records, TaskInbox tasks, Clock clock) {
    this.rows = rows;
    this.changes = changes;
    this.records = records;
    this.tasks = tasks;
    this.clock = clock;
  }

  /** Reports how the implementation went; a failure needs notes and leads to the rollback. */
  @Transactional
  public ChangeView implemented(
      Actor actor, TicketKey key, ImplementationResult result, String notes) {
    ChangeAccess.requireAgent(actor);
    ChangeRows.Found found = at(actor, key, ChangeStage.IMPLEMENTATION);
    List<FieldProblem> problems = new ArrayList<>();
    if (result == null) {
      problems.add(new FieldProblem("result", "must be SUCCESSFUL or FAILED"));
    }
    if (result == ImplementationResult.FAILED) {
      ChangeRequirements.require(problems, "notes", notes, "must say what failed");
    }
    ChangeRequirements.limit(problems, "notes", notes, ChangeRequirements.TEXT_MAX);
    ChangeRequirements.refuseIf(problems, "marked implemented");
    found.change().implemented(result, blankToNull(notes), clock.instant());
    return advance(actor, found, ChangeSteps.IMPLEMENT, "Implementation " + result, notes);
  }

  /** Reports the rollback of a failed change done; the review follows. */
  @Transactional
  public ChangeView rolledBack(Actor actor, TicketKey key, String notes) {
    ChangeAccess.requireAgent(actor);
    ChangeRows.Found found = at(actor, key, ChangeStage.ROLLBACK);
    List<FieldProblem> problems = new ArrayList<>();
    ChangeRequirements.require(problems, "notes", notes, "must say how it was rolled back");
    ChangeRequirements.limit(problems, "notes", notes, ChangeRequirements.TEXT_MAX);
    ChangeRequirements.refuseIf(problems, "marked rolled back");
    found.change().moveTo(ChangeStage.REVIEW);
    return advance(actor, found, ChangeSteps.ROLL_BACK, "Rolled back", notes);
  }

  /** The post-implementation review by a change manager; closes the change. */
  @Transactional
  public ChangeView reviewed(Actor actor, TicketKey key, ReviewResult result, String notes) {
    ChangeAccess.requireChangeManager(actor);
    ChangeRows.Found found = at(actor, key, ChangeStage.REVIEW);
    List<FieldProblem> problems = new ArrayList<>();
    if (result == null) {
      problems.add(new FieldProblem("result", "must be OBJECTIVES_MET, PARTIALLY_MET or NOT_MET"));
    }
    ChangeRequirements.require(problems, "notes", notes, "must give the review's findings");
    ChangeRequirements.limit(problems, "notes", notes, ChangeRequirements.TEXT_MAX);
    ChangeRequirements.refuseIf(problems, "closed");
    found.change().reviewed(result, notes.strip());
    return advance(actor, found, ChangeSteps.REVIEW, "Review: " + result, notes);
  }

  private ChangeRows.Found at(Actor actor, TicketKey key, ChangeStage expected) {
    ChangeRows.Found found = rows.find(actor, key);
    if (found.change().stage() != expected) {
      throw new ConflictException(
          "Change %s is %s, not %s."
              .formatted(
                  key,
                  found.change().stage().name().toLowerCase(Locale.ROOT),
                  expected.name().toLowerCase(Locale.ROOT)));
    }
    return found;
  }

  private ChangeView advance(
      Actor actor, ChangeRows.Found found, String step, String headline, String notes) {
    changes.saveAndFlush(found.change());
    String body = notes == null || notes.isBlank() ? headline : headline + "\n" + notes.strip();
    records.reply(found.ticket().id(), actor.username(), body, false);
    tasks.completeWaiting(
        actor.tenantId(), found.ticket().processInstanceId(), step, actor.username());
    return rows.view(actor, found.ticket().key());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
