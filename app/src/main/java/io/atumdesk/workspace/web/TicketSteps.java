package io.atumdesk.workspace.web;

import io.atumdesk.core.Actor;
import io.atumdesk.form.FormSchemas;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.workflow.TaskInbox;
import io.atumdesk.workflow.TaskView;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The open steps of a ticket's process as the ticket page shows them. */
@Component
class TicketSteps {

  private final TaskInbox tasks;
  private final FormSchemas forms;

  TicketSteps(TaskInbox tasks, FormSchemas forms) {
    this.tasks = tasks;
    this.forms = forms;
  }

  List<Step> of(Actor actor, Ticket ticket) {
    return tasks.ofProcess(actor, ticket.processInstanceId()).stream()
        .map(
            task ->
                new Step(
                    task,
                    tasks.mayWorkOn(actor, task),
                    // The form as it was when the step opened: a form published since is for new
                    // steps.
                    forms.schemaJson(task.formKey(), task.createdAt())))
        .toList();
  }

  /** An open step: who may act, and its form when it has one. */
  record Step(TaskView task, boolean workable, Optional<String> schema) {

    /** The schema for a JSON script block; "</" is escaped so it can never close the block. */
    public String schemaJson() {
      return schema.map(json -> json.replace("</", "<\\/")).orElse(null);
    }
  }
}
