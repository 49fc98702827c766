package io.atumdesk.workflow;

import java.util.Set;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the rest of the application, as {@link HumanTaskOpened}, that a ticket's user task was
 * created or changed hands, so that other modules learn of it without touching Flowable. Runs after
 * {@link ProcessProgress}, which may hand a returning task back to its agent.
 */
@Component
class HumanTaskEvents implements FlowableEventListener {

  static final Set<FlowableEngineEventType> TYPES =
      Set.of(FlowableEngineEventType.TASK_CREATED, FlowableEngineEventType.TASK_ASSIGNED);

  private final ApplicationEventPublisher events;

  HumanTaskEvents(ApplicationEventPublisher events) {
    this.events = events;
  }

  @Override
  public void onEvent(FlowableEvent event) {
    if (!(event instanceof FlowableEngineEntityEvent entityEvent)
        || !(entityEvent.getEntity() instanceof TaskEntity task)
        || !(task.getVariable(TicketProcesses.TICKET_KEY) instanceof String ticketKey)
        || task.getTenantId() == null
        || task.getTenantId().isEmpty()
        || DryRuns.isSandbox(task.getTenantId())) {
      return;
    }
    var groups =
        task.getIdentityLinks().stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .filter(link -> link.getGroupId() != null)
            .map(link -> link.getGroupId())
            .toList();
    events.publishEvent(
        new HumanTaskOpened(
            task.getTenantId(),
            ticketKey,
            task.getId(),
            task.getName(),
            task.getAssignee(),
            groups));
  }

  @Override
  public boolean isFailOnException() {
    return false;
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
