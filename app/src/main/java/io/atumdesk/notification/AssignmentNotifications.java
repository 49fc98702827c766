package io.atumdesk.notification;

import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketReassigned;
import io.atumdesk.ticket.TicketRecords;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues a notification for the agent a ticket was handed to, in the reassignment's transaction.
 */
@Component
class AssignmentNotifications {

  private final Notifications notifications;
  private final TicketRecords tickets;

  AssignmentNotifications(Notifications notifications, TicketRecords tickets) {
    this.notifications = notifications;
    this.tickets = tickets;
  }

  @EventListener
  void on(TicketReassigned reassigned) {
    if (reassigned.assignee() == null) {
      return;
    }
    Ticket ticket = tickets.byId(reassigned.ticketId());
    notifications.queue(
        ticket.tenantId(),
        ticket.id(),
        Notification.RecipientKind.USER,
        reassigned.assignee(),
        "%s was assigned to you".formatted(ticket.key()),
        "%s (group %s) was assigned to you.".formatted(ticket.key(), ticket.assignmentGroup()),
        "task-assigned");
  }
}
