package io.atumdesk.workspace.web;

import io.atumdesk.core.Actor;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.workflow.TaskInbox;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives a step's form data from the form-js viewer on the ticket page; the server checks it
 * against the same schema before the step completes, and answers problem+json when it does not fit.
 */
@RestController
class TaskSubmissionController {

  private final TicketManagement tickets;
  private final TaskInbox tasks;

  TaskSubmissionController(TicketManagement tickets, TaskInbox tasks) {
    this.tickets = tickets;
    this.tasks = tasks;
  }

  @PostMapping("/tickets/{key}/tasks/{taskId}")
  ResponseEntity<Void> complete(
      @PathVariable TicketKey key,
      @PathVariable String taskId,
      @RequestBody Map<String, Object> data,
      Actor actor) {
    tickets.get(actor, key);
    tasks.complete(actor, taskId, data);
    return ResponseEntity.noContent().build();
  }
}
