package io.atumdesk.workflow;

import io.atumdesk.sla.SlaClocks;
import io.atumdesk.ticket.TicketField;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.ticket.TicketStatus;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.engine.impl.util.ProcessDefinitionUtil;
import org.flowable.job.api.Job;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Keeps the ticket row in step with its process, inside the engine's transaction: the status a
 * model declares on each user task ({@code flowable:category}, e.g. {@code PENDING}) applies while
 * the ticket waits there; a ticket whose process ended is CLOSED; fired timers go on the timeline;
 * the OLA a step declares starts with its task and stops when the task completes. It runs in the
 * engine's transaction and session, whatever thread the engine runs on.
 */
@Component
class ProcessProgress implements FlowableEventListener {

  static final Set<FlowableEngineEventType> TYPES =
      Set.of(
          FlowableEngineEventType.TASK_CREATED,
          FlowableEngineEventType.TASK_COMPLETED,
          FlowableEngineEventType.TIMER_FIRED,
          FlowableEngineEventType.PROCESS_COMPLETED);

  static final String OLA = "ola";
  private final TicketRecords records;
  private final SlaClocks sla;

  ProcessProgress(TicketRecords records, SlaClocks sla) {
    this.records = records;
    this.sla = sla;
  }

  @Override
  public void onEvent(FlowableEvent event) {
    if (!(event instanceof FlowableEngineEntityEvent entityEvent)) {
      return;
    }
    Object entity = entityEvent.getEntity();
    if (event.getType() == FlowableEngineEventType.TASK_CREATED && entity instanceof TaskEntity t) {
      taskCreated(t);
    } else if (event.getType() == FlowableEngineEventType.TASK_COMPLETED
        && entity instanceof TaskEntity t) {
      sla.stopOla(t.getId());
    } else if (event.getType() == FlowableEngineEventType.TIMER_FIRED
        && entity instanceof Job job
        && job.getExecutionId() != null) {
      timerFired(
          job, CommandContextUtil.getExecutionEntityManager().findById(job.getExecutionId()));
    } else if (event.getType() == FlowableEngineEventType.PROCESS_COMPLETED
        && entity instanceof ExecutionEntity execution) {
      processCompleted(execution);
    }
  }

  private void taskCreated(TaskEntity task) {
    Long ticketId = (Long) task.getVariable(TicketProcesses.TICKET_ID);
    if (ticketId == null) {
      return;
    }
    var groups =
        task.getIdentityLinks().stream()
            .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
            .map(link -> link.getGroupId())
            .toList();
    var ticket = records.byId(ticketId);
    // A ticket back from pending or a rejected resolution returns to the agent who had it.
    if (task.getAssignee() == null
        && ticket.assignee() != null
        && groups.contains(ticket.assignmentGroup())) {
      task.setAssignee(ticket.assignee());
    }
    statusOf(task.getCategory())
        .map(
            s -> s == TicketStatus.NEW && task.getAssignee() != null ? TicketStatus.IN_PROGRESS : s)
        .ifPresent(status -> records.change(ticketId, TicketField.STATUS, status, "system"));
    String waitingFor = task.getAssignee() != null ? task.getAssignee() : String.join(", ", groups);
    records.recordEvent(
        ticketId,
        "system",
        "Waiting at '%s' for %s".formatted(task.getName(), waitingFor),
        Map.of("taskKey", task.getTaskDefinitionKey(), "taskId", task.getId()));
    startOla(ticketId, ticket.tenantId(), task);
  }

  /** A user task may declare {@code <atum:ola target="PT4H" calendar="business-hours"/>}. */
  private void startOla(Long ticketId, String tenantId, TaskEntity task) {
    var element =
        ProcessDefinitionUtil.getBpmnModel(task.getProcessDefinitionId())
            .getFlowElement(task.getTaskDefinitionKey());
    var ola = element == null ? null : element.getExtensionElements().get(OLA);
    if (ola == null || ola.isEmpty()) {
      return;
    }
    String target = ola.get(0).getAttributeValue(null, "target");
    String calendar = ola.get(0).getAttributeValue(null, "calendar");
    sla.startOla(
        ticketId,
        tenantId,
        task.getTaskDefinitionKey(),
        task.getId(),
        Duration.parse(target),
        calendar == null ? "24x7" : calendar);
  }

  private void timerFired(Job job, ExecutionEntity execution) {
    if (execution != null && execution.getVariable(TicketProcesses.TICKET_ID) instanceof Long id) {
      records.recordEvent(
          id,
          "system",
          "Timer '%s' fired".formatted(job.getElementName()),
          Map.of("timer", job.getElementId()));
    }
  }

  private void processCompleted(ExecutionEntity execution) {
    // A called process (an ordered item's fulfilment) ending is one step of the ticket's process.
    if (execution.getSuperExecutionId() != null) {
      return;
    }
    Object ticketId = execution.getVariable(TicketProcesses.TICKET_ID);
    if (ticketId instanceof Long id) {
      records.change(id, TicketField.STATUS, TicketStatus.CLOSED, "system");
    }
  }

  private static java.util.Optional<TicketStatus> statusOf(String category) {
    return Arrays.stream(TicketStatus.values()).filter(s -> s.name().equals(category)).findFirst();
  }

  @Override
  public boolean isFailOnException() {
    return true;
  }

  @Override
  public boolean isFireOnTransactionLifecycleEvent() {
    return false;
  }

  @Override
  public String getOnTransaction() {
    return null;
  }
}
