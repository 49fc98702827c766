package io.atumdesk.notification;

import io.atumdesk.ticket.AgentMentioned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues a notification for each colleague named in an internal note, in the note's transaction: no
 * note, no notification.
 */
@Component
class MentionNotifications {

  private final Notifications notifications;

  MentionNotifications(Notifications notifications) {
    this.notifications = notifications;
  }

  @EventListener
  void on(AgentMentioned mention) {
    notifications.queue(
        mention.tenantId(),
        mention.ticketId(),
        Notification.RecipientKind.USER,
        mention.mentioned(),
        "%s mentioned you on %s".formatted(mention.by(), mention.ticketKey()),
        mention.excerpt(),
        "mention");
  }
}
