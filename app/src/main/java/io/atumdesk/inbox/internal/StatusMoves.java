package io.atumdesk.inbox.internal;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.inbox.BulkChange;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.workflow.TaskInbox;
import io.atumdesk.workflow.TaskView;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Steers a ticket's process to a status the way an agent would: IN_PROGRESS claims a new ticket's
 * group task or resumes a pending incident; PENDING and RESOLVED complete the incident's "resolve"
 * step with the data its form asks for. Anywhere else the process does not go there, and the ticket
 * is refused with the step it waits at. The incident model's step and form field names live here
 * and nowhere else in this module.
 */
@Component
public class StatusMoves {

  static final String RESOLVE_INCIDENT = "resolveIncident";
  static final String AWAIT_REQUESTER = "awaitRequester";

  private final TicketManagement tickets;
  private final TaskInbox tasks;

  StatusMoves(TicketManagement tickets, TaskInbox tasks) {
    this.tickets = tickets;
    this.tasks = tasks;
  }

  public void steer(Actor actor, TicketKey key, BulkChange change) {
    Ticket ticket = tickets.get(actor, key);
    TicketStatus now = ticket.status();
    TicketStatus target = change.status();
    if (now == target) {
      return;
    }
    // Every open task; completing one someone else holds is refused by the task inbox, by name.
    var open = tasks.ofProcess(actor, ticket.processInstanceId());
    for (TaskView task : open) {
      Optional<Runnable> move = move(actor, task, now, change);
      if (move.isPresent()) {
        move.get().run();
        requireReached(actor, key, target);
        return;
      }
    }
    String where = open.isEmpty() ? "has no open step" : "waits at '" + open.get(0).name() + "'";
    throw new ConflictException(
        "Ticket %s is %s and %s; its process does not go to %s from there."
            .formatted(key, now, where, target));
  }

  /** The process decides where a step leads; a move that ends elsewhere is undone. */
  private void requireReached(Actor actor, TicketKey key, TicketStatus target) {
    TicketStatus reached = tickets.get(actor, key).status();
    if (reached != target) {
      throw new ConflictException(
          "Ticket %s went to %s, not %s, so the change was undone; open the ticket to work it."
              .formatted(key, reached, target));
    }
  }

  private Optional<Runnable> move(Actor actor, TaskView task, TicketStatus now, BulkChange change) {
    String step = task.taskKey();
    return switch (change.status()) {
      case IN_PROGRESS ->
          now == TicketStatus.NEW
              ? Optional.of(() -> tasks.claim(actor, task.id()))
              : step.equals(AWAIT_REQUESTER)
                  ? Optional.of(() -> tasks.complete(actor, task.id(), Map.of()))
                  : Optional.empty();
      case PENDING ->
          step.equals(RESOLVE_INCIDENT)
              ? Optional.of(
                  () ->
                      tasks.complete(
                          actor,
                          task.id(),
                          Map.of("outcome", "pending", "pendingReason", change.pendingReason())))
              : Optional.empty();
      case RESOLVED ->
          step.equals(RESOLVE_INCIDENT)
              ? Optional.of(
                  () ->
                      tasks.complete(
                          actor,
                          task.id(),
                          Map.of("outcome", "resolved", "resolution", change.resolution())))
              : Optional.empty();
      default -> Optional.empty();
    };
  }
}
