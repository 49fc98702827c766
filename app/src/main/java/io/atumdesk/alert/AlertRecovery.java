package io.atumdesk.alert;

import io.atumdesk.connectors.alert.InboundAlert;
import io.atumdesk.core.Actor;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.workflow.TaskInbox;
import io.atumdesk.workflow.TaskView;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a recovered alert does to its open incident: completes the waiting "resolve" step with a
 * resolution, or only notes the recovery when so configured or when an agent already holds it.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class AlertRecovery {

  static final String RESOLVE_STEP = "resolveIncident";

  private final TaskInbox inbox;
  private final TicketRecords records;

  AlertRecovery(TaskInbox inbox, TicketRecords records) {
    this.inbox = inbox;
    this.records = records;
  }

  void recovered(KnownSource source, Ticket incident, InboundAlert alert, boolean resolve) {
    Actor system = Actor.system(source.tenant());
    Optional<TaskView> step = resolve ? waitingStep(system, incident) : Optional.empty();
    if (step.isEmpty()) {
      records.recordEvent(
          incident.id(),
          Actor.SYSTEM,
          "Alert recovered: " + alert.title(),
          Map.of("fingerprint", alert.fingerprint(), "resolved", false));
      return;
    }
    // An unclaimed step only: an agent who took the incident decides when it is resolved.
    inbox.complete(
        system,
        step.get().id(),
        Map.of(
            "outcome",
            "resolved",
            "resolution",
            "The alert recovered: %s (source %s).".formatted(alert.title(), source.id())));
  }

  private Optional<TaskView> waitingStep(Actor system, Ticket incident) {
    return inbox.ofProcess(system, incident.processInstanceId()).stream()
        .filter(task -> RESOLVE_STEP.equals(task.taskKey()) && task.assignee() == null)
        .findFirst();
  }
}
