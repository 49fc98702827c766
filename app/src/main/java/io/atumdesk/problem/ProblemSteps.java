package io.atumdesk.problem;

import static io.atumdesk.problem.ProblemFlow.CAUSE_CATEGORY;
import static io.atumdesk.problem.ProblemFlow.ROOT_CAUSE;
import static io.atumdesk.problem.ProblemFlow.SYMPTOM;
import static io.atumdesk.problem.ProblemFlow.TIMELINE;
import static io.atumdesk.problem.ProblemFlow.WHY;
import static io.atumdesk.problem.ProblemFlow.WORKAROUND;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.Role;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.workflow.TaskInbox;
import io.atumdesk.workflow.TaskView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a problem along its process on behalf of the problem group: each call completes the step
 * the process waits at with that step's form, so the API and the task form on the ticket page obey
 * the same required fields.
 */
@Service
public class ProblemSteps {

  private final TaskInbox inbox;
  private final ProblemReader reader;

  ProblemSteps(TaskInbox inbox, ProblemReader reader) {
    this.inbox = inbox;
    this.reader = reader;
  }

  /**
   * Ends the investigation with the known error: the recorded investigation and the symptom and
   * workaround must together fill the investigation form; the process then publishes it.
   */
  @Transactional
  public ProblemView publishKnownError(
      Actor actor, TicketKey key, String symptom, String workaround) {
    Ticket ticket = problem(actor, key);
    Investigation investigation = reader.row(ticket).investigation();
    Map<String, Object> data = new HashMap<>();
    put(data, TIMELINE, investigation.timeline());
    for (int i = 0; i < Investigation.WHYS; i++) {
      put(data, WHY + (i + 1), investigation.why(i));
    }
    CauseCategory cause = investigation.causeCategory();
    put(data, CAUSE_CATEGORY, cause == null ? null : cause.name());
    put(data, ROOT_CAUSE, investigation.rootCause());
    put(data, SYMPTOM, symptom);
    put(data, WORKAROUND, workaround);
    return complete(actor, ticket, ProblemFlow.INVESTIGATE, data);
  }

  /** The fix is the change {@code changeKey}: the problem waits until it is resolved or closed. */
  @Transactional
  public ProblemView fixByChange(Actor actor, TicketKey key, String changeKey) {
    Map<String, Object> data = new HashMap<>();
    data.put(ProblemFlow.FIX, ProblemFlow.FIX_BY_CHANGE);
    put(data, ProblemFlow.CHANGE_KEY, changeKey);
    return complete(actor, problem(actor, key), ProblemFlow.DECIDE_FIX, data);
  }

  /** No fix will come: the risk is accepted for {@code reason}, and the problem is resolved. */
  @Transactional
  public ProblemView resolveWithoutFix(Actor actor, TicketKey key, String reason) {
    Map<String, Object> data = new HashMap<>();
    data.put(ProblemFlow.FIX, ProblemFlow.FIX_ACCEPTED);
    put(data, ProblemFlow.FIX_NOTE, reason);
    return complete(actor, problem(actor, key), ProblemFlow.DECIDE_FIX, data);
  }

  /** Closes a resolved problem after its review. */
  @Transactional
  public ProblemView close(Actor actor, TicketKey key) {
    return complete(actor, problem(actor, key), ProblemFlow.REVIEW, Map.of());
  }

  private Ticket problem(Actor actor, TicketKey key) {
    ProblemAccess.requireAgent(actor);
    return reader.problemTicket(actor, key);
  }

  private ProblemView complete(Actor actor, Ticket ticket, String step, Map<String, Object> data) {
    List<TaskView> open = inbox.ofProcess(actor, ticket.processInstanceId());
    TaskView task =
        open.stream()
            .filter(t -> step.equals(t.taskKey()))
            .findFirst()
            .orElseThrow(() -> notWaiting(ticket, step, open));
    boolean member =
        actor.has(Role.ADMIN)
            || actor.username().equals(task.assignee())
            || task.candidateGroups().stream().anyMatch(actor.groups()::contains);
    if (!member) {
      throw new ForbiddenException(
          "Only the group %s works on '%s' of %s."
              .formatted(String.join(", ", task.candidateGroups()), task.name(), ticket.key()));
    }
    inbox.complete(actor, task.id(), data);
    return reader.view(actor, ticket.key());
  }

  private static ConflictException notWaiting(Ticket ticket, String step, List<TaskView> open) {
    String where =
        open.isEmpty()
            ? "it waits at no step"
            : "it waits at '"
                + String.join("', '", open.stream().map(TaskView::name).toList())
                + "'";
    return new ConflictException(
        "%s is not ready for this (step %s): %s.".formatted(ticket.key(), step, where));
  }

  private static void put(Map<String, Object> data, String key, String value) {
    if (value != null && !value.isBlank()) {
      data.put(key, value);
    }
  }
}
