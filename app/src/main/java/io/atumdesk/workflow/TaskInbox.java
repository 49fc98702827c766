package io.atumdesk.workflow;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.core.Role;
import io.atumdesk.form.FormSchemas;
import io.atumdesk.people.PeopleDirectory;
import io.atumdesk.ticket.TicketField;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.ticket.TicketStatus;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The human side of processes: the caller's tasks and its groups' queues, claiming, and completing
 * with form data checked against the step's form. A task in another tenant does not exist.
 */
@Service
public class TaskInbox {

  private final TaskService tasks;
  private final HistoryService history;
  private final FormSchemas forms;
  private final TicketRecords records;
  private final TaskViews views;
  private final PeopleDirectory people;

  TaskInbox(
      TaskService tasks,
      HistoryService history,
      FormSchemas forms,
      TicketRecords records,
      TaskViews views,
      PeopleDirectory people) {
    this.tasks = tasks;
    this.history = history;
    this.forms = forms;
    this.records = records;
    this.views = views;
    this.people = people;
  }

  /** Tasks assigned to the caller, and unclaimed tasks of the caller's groups, oldest first. */
  @Transactional(readOnly = true)
  public List<TaskView> open(Actor actor) {
    var query =
        tasks.createTaskQuery().taskTenantId(actor.tenantId()).or().taskAssignee(actor.username());
    var groups = queues(actor);
    if (!groups.isEmpty()) {
      query.taskCandidateGroupIn(groups);
    }
    var found = query.endOr().includeIdentityLinks().orderByTaskCreateTime().asc().listPage(0, 500);
    return views.of(found);
  }

  /**
   * The open tasks of one ticket's process and the processes it called (an order's items), whoever
   * holds them; staff only.
   */
  @Transactional(readOnly = true)
  public List<TaskView> ofProcess(Actor actor, String processInstanceId) {
    if (!actor.isStaff() || processInstanceId == null) {
      return List.of();
    }
    return views.of(
        tasks
            .createTaskQuery()
            .taskTenantId(actor.tenantId())
            .processInstanceIdIn(withCalled(processInstanceId))
            .includeIdentityLinks()
            .orderByTaskCreateTime()
            .asc()
            .list());
  }

  /** The instance and the running instances it called (Flowable keeps no entity links here). */
  private List<String> withCalled(String processInstanceId) {
    var ids = new java.util.ArrayList<String>();
    ids.add(processInstanceId);
    history
        .createHistoricProcessInstanceQuery()
        .superProcessInstanceId(processInstanceId)
        .unfinished()
        .list()
        .forEach(called -> ids.add(called.getId()));
    return ids;
  }

  /** Whether the caller may claim or complete the task: its assignee or one of its groups. */
  public boolean mayWorkOn(Actor actor, TaskView task) {
    return actor.username().equals(task.assignee())
        || (task.assignee() == null
            && (actor.has(Role.ADMIN)
                || task.candidateGroups().stream().anyMatch(actor.groups()::contains)));
  }

  @Transactional(readOnly = true)
  public TaskView get(Actor actor, String taskId) {
    Task task = visible(actor, taskId);
    return views.of(List.of(task)).get(0);
  }

  @Transactional
  public TaskView claim(Actor actor, String taskId) {
    Task task = visible(actor, taskId);
    if (task.getAssignee() != null) {
      if (task.getAssignee().equals(actor.username())) {
        return views.of(List.of(task)).get(0);
      }
      throw new ConflictException(
          "Task " + taskId + " is already claimed by " + task.getAssignee() + ".");
    }
    if (!candidate(actor, task)) {
      throw new ForbiddenException("Only members of the task's groups may claim it.");
    }
    tasks.claim(taskId, actor.username());
    Long ticketId = ticketId(task);
    var ticket = records.byId(ticketId);
    // A step of another group, such as the CAB's approval, does not make its claimer the assignee.
    if (ticket.assignmentGroup() == null || groupsOf(task).contains(ticket.assignmentGroup())) {
      records.change(ticketId, TicketField.ASSIGNEE, actor.username(), actor.username());
      if (ticket.status() == TicketStatus.NEW) {
        records.change(ticketId, TicketField.STATUS, TicketStatus.IN_PROGRESS, actor.username());
      }
    }
    records.recordEvent(
        ticketId,
        actor.username(),
        "Claimed '%s'".formatted(task.getName()),
        Map.of("taskId", taskId));
    return views.of(List.of(visible(actor, taskId))).get(0);
  }

  /** Completes a task the caller holds (an unclaimed group task is claimed on the way). */
  @Transactional
  public void complete(Actor actor, String taskId, Map<String, Object> data) {
    Task task = visible(actor, taskId);
    if (task.getAssignee() == null) {
      claim(actor, taskId);
    } else if (!task.getAssignee().equals(actor.username())) {
      throw new ConflictException("Task " + taskId + " is claimed by " + task.getAssignee() + ".");
    }
    Map<String, Object> values =
        forms.validate(task.getFormKey(), task.getCreateTime().toInstant(), data);
    Long ticketId = ticketId(task);
    records.applyNamedFields(ticketId, values, actor.username(), TicketField.FILLABLE);
    records.recordEvent(
        ticketId,
        actor.username(),
        "Completed '%s'".formatted(task.getName()),
        Map.of(
            "taskId", taskId,
            "taskKey", task.getTaskDefinitionKey(),
            "fields", List.copyOf(values.keySet())));
    forms
        .timelineTexts(task.getFormKey(), values)
        .forEach(text -> records.reply(ticketId, actor.username(), text.text(), text.internal()));
    Authentication.setAuthenticatedUserId(actor.username());
    try {
      tasks.complete(taskId, values);
    } finally {
      Authentication.setAuthenticatedUserId(null);
    }
  }

  /** Completes the open task with {@code taskKey} of a ticket's process, as the system. */
  @Transactional
  public boolean completeWaiting(
      String tenantId, String processInstanceId, String taskKey, String by) {
    return completeWaiting(tenantId, processInstanceId, taskKey, by, Map.of());
  }

  /**
   * Completes the open task with {@code taskKey} of a ticket's process as the system, leaving
   * {@code variables} for the steps after it (such as an incident resolved by its problem).
   */
  @Transactional
  public boolean completeWaiting(
      String tenantId,
      String processInstanceId,
      String taskKey,
      String by,
      Map<String, Object> variables) {
    Task task =
        tasks
            .createTaskQuery()
            .taskTenantId(tenantId)
            .processInstanceId(processInstanceId)
            .taskDefinitionKey(taskKey)
            .singleResult();
    if (task == null) {
      return false;
    }
    records.recordEvent(
        ticketId(task),
        by,
        "Completed '%s'".formatted(task.getName()),
        Map.of("taskId", task.getId()));
    tasks.complete(task.getId(), variables);
    return true;
  }

  private Task visible(Actor actor, String taskId) {
    Task task =
        tasks
            .createTaskQuery()
            .taskId(taskId)
            .taskTenantId(actor.tenantId())
            .includeIdentityLinks()
            .singleResult();
    if (task == null) {
      throw completedOrUnknown(actor, taskId);
    }
    boolean mine = actor.username().equals(task.getAssignee());
    if (!mine && !(actor.isStaff() && candidate(actor, task))) {
      throw new NotFoundException("Task", taskId);
    }
    return task;
  }

  /** 409 for a completed task the caller worked on or could have, 404 for anything else. */
  private RuntimeException completedOrUnknown(Actor actor, String taskId) {
    var done =
        history
            .createHistoricTaskInstanceQuery()
            .taskId(taskId)
            .taskTenantId(actor.tenantId())
            .finished()
            .singleResult();
    boolean couldSee =
        done != null && (actor.isStaff() || actor.username().equals(done.getAssignee()));
    return couldSee
        ? new ConflictException("Task " + taskId + " is already completed.")
        : new NotFoundException("Task", taskId);
  }

  private boolean candidate(Actor actor, Task task) {
    var groups = queues(actor);
    return groupsOf(task).stream().anyMatch(groups::contains);
  }

  private static List<String> groupsOf(Task task) {
    return task.getIdentityLinks().stream()
        .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId())
        .toList();
  }

  /** The group queues the caller works from: its own groups; an admin may help out in every one. */
  private java.util.Set<String> queues(Actor actor) {
    return actor.has(Role.ADMIN) ? people.groupKeys(actor.tenantId()) : actor.groups();
  }

  private Long ticketId(Task task) {
    return (Long) tasks.getVariable(task.getId(), TicketProcesses.TICKET_ID);
  }
}
