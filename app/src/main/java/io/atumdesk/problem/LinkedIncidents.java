package io.atumdesk.problem;

import io.atumdesk.core.Actor;
import io.atumdesk.notification.Notification.RecipientKind;
import io.atumdesk.notification.Notifications;
import io.atumdesk.ticket.LinkView;
import io.atumdesk.ticket.LinkedTickets;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketField;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.ticket.TicketType;
import io.atumdesk.workflow.TaskInbox;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The open incidents linked to a problem, and what its resolution does to them: a line on each
 * timeline; an incident still waiting to be resolved is resolved with the problem's resolution (its
 * requester then gets the usual resolved confirmation), any other requester is notified.
 */
@Component
class LinkedIncidents {

  private final LinkedTickets links;
  private final TicketManagement tickets;
  private final TicketRecords records;
  private final TaskInbox inbox;
  private final Notifications notifications;

  LinkedIncidents(
      LinkedTickets links,
      TicketManagement tickets,
      TicketRecords records,
      @Lazy TaskInbox inbox,
      Notifications notifications) {
    this.links = links;
    this.tickets = tickets;
    this.records = records;
    // Lazy: process actions reach this before the engine, and its task service, exist.
    this.inbox = inbox;
    this.notifications = notifications;
  }

  List<Ticket> open(Ticket problem) {
    Actor system = Actor.system(problem.tenantId());
    var keys = links.links(system, problem.key()).stream().map(LinkView::key).toList();
    return tickets.find(system, keys).stream()
        .filter(t -> t.type() == TicketType.INCIDENT && t.status().isOpen())
        .toList();
  }

  /** Tells every open linked incident that the problem is resolved, and resolves what it can. */
  void problemResolved(Ticket problem, String resolution) {
    String text = "Problem %s is resolved: %s".formatted(problem.key(), resolution);
    for (Ticket incident : open(problem)) {
      records.recordEvent(incident.id(), "system", text, Map.of("problem", problem.key().value()));
      if (waitingToBeResolved(incident)) {
        records.change(incident.id(), TicketField.RESOLUTION, text, "system");
        inbox.completeWaiting(
            incident.tenantId(),
            incident.processInstanceId(),
            ProblemFlow.RESOLVE_INCIDENT,
            "system",
            Map.of(
                ProblemFlow.INCIDENT_OUTCOME,
                ProblemFlow.INCIDENT_RESOLVED,
                ProblemFlow.INCIDENT_RESOLUTION,
                text));
      } else {
        notifications.queue(
            incident.tenantId(),
            incident.id(),
            RecipientKind.USER,
            incident.requester(),
            "Problem %s behind %s is resolved".formatted(problem.key(), incident.key()),
            text);
      }
    }
  }

  private boolean waitingToBeResolved(Ticket incident) {
    return inbox.ofProcess(Actor.system(incident.tenantId()), incident.processInstanceId()).stream()
        .anyMatch(task -> ProblemFlow.RESOLVE_INCIDENT.equals(task.taskKey()));
  }
}
