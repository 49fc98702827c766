package io.atumdesk.workflow.web;

import io.atumdesk.core.Actor;
import io.atumdesk.workflow.TaskInbox;
import io.atumdesk.workflow.TaskView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Human tasks over HTTP; all rules live in {@link TaskInbox}. */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks")
class TaskController {

  private final TaskInbox inbox;

  TaskController(TaskInbox inbox) {
    this.inbox = inbox;
  }

  @GetMapping
  @Operation(summary = "The caller's tasks and the unclaimed tasks of its groups")
  List<TaskView> open(Actor actor) {
    return inbox.open(actor);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One task the caller may work on")
  TaskView get(Actor actor, @PathVariable String id) {
    return inbox.get(actor, id);
  }

  @PostMapping("/{id}/claim")
  @Operation(summary = "Take a group task; 409 if someone else has it")
  TaskView claim(Actor actor, @PathVariable String id) {
    return inbox.claim(actor, id);
  }

  @PostMapping("/{id}/complete")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Complete a task with its form's data, checked against the form")
  void complete(
      Actor actor,
      @PathVariable String id,
      @RequestBody(required = false) Map<String, Object> data) {
    inbox.complete(actor, id, data);
  }
}
