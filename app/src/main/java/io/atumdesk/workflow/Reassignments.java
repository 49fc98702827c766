package io.atumdesk.workflow;

import io.atumdesk.ticket.TicketReassigned;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a ticket's open group task in step when someone moves the ticket to another group or agent
 * by hand, in the same transaction: the row and the process never disagree on who works it. Tasks
 * for the requester (no candidate group) are left alone.
 */
@Component
class Reassignments {

  private final TaskService tasks;

  Reassignments(TaskService tasks) {
    this.tasks = tasks;
  }

  @EventListener
  void on(TicketReassigned reassigned) {
    if (reassigned.processInstanceId() == null) {
      return;
    }
    var open = tasks.createTaskQuery().processInstanceId(reassigned.processInstanceId()).list();
    for (var task : open) {
      var groups =
          tasks.getIdentityLinksForTask(task.getId()).stream()
              .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
              .filter(link -> link.getGroupId() != null)
              .toList();
      if (groups.isEmpty()) {
        continue;
      }
      boolean alreadyThere = false;
      for (var link : groups) {
        if (link.getGroupId().equals(reassigned.assignmentGroup())) {
          alreadyThere = true;
        } else {
          tasks.deleteCandidateGroup(task.getId(), link.getGroupId());
        }
      }
      if (!alreadyThere) {
        tasks.addCandidateGroup(task.getId(), reassigned.assignmentGroup());
      }
      tasks.setAssignee(task.getId(), reassigned.assignee());
    }
  }
}
