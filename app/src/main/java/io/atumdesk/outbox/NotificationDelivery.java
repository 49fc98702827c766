package io.atumdesk.outbox;

import io.atumdesk.core.TenantContext;
import io.atumdesk.notification.Notification.RecipientKind;
import io.atumdesk.notification.NotificationQueued;
import io.atumdesk.notification.Notifications;
import io.atumdesk.outbox.Composer.Notice;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketRecords;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Delivers notifications to users by mail through the outbox, in the transaction that queued them;
 * the notification is marked sent or failed with its message. A user without an address fails at
 * once. Notifications to groups, leads and the on-call rota stay queued: nothing resolves them to
 * people yet.
 */
@Component
class NotificationDelivery {

  private final TicketRecords tickets;
  private final Recipients recipients;
  private final Composer composer;
  private final Outbox outbox;
  private final Notifications notifications;

  NotificationDelivery(
      TicketRecords tickets,
      Recipients recipients,
      Composer composer,
      Outbox outbox,
      Notifications notifications) {
    this.tickets = tickets;
    this.recipients = recipients;
    this.composer = composer;
    this.outbox = outbox;
    this.notifications = notifications;
  }

  @EventListener
  void on(NotificationQueued queued) {
    if (queued.recipientKind() != RecipientKind.USER) {
      return;
    }
    TenantContext.runAs(
        queued.tenantId(),
        () ->
            recipients
                .user(queued.tenantId(), queued.recipient())
                .ifPresentOrElse(
                    to -> outbox.queue(queued.tenantId(), compose(queued, to)),
                    () -> notifications.delivered(queued.notificationId(), false)));
  }

  private Envelope compose(NotificationQueued queued, Recipient to) {
    Ticket ticket = queued.ticketId() == null ? null : tickets.byId(queued.ticketId());
    Map<String, Object> values = new HashMap<>();
    values.put("title", queued.subject());
    values.put("body", queued.body() == null ? "" : queued.body());
    values.put("subject", ticket == null ? "" : ticket.subject());
    values.put("author", authorIn(queued));
    String template = queued.template() == null ? "notice" : queued.template();
    return composer.compose(
        queued.tenantId(),
        to,
        new Notice(
            template,
            values,
            ticket == null ? null : ticket.key(),
            "auto-generated",
            null,
            queued.notificationId()));
  }

  /** A mention's subject starts with who wrote it ("alice mentioned you on INC-..."). */
  private static String authorIn(NotificationQueued queued) {
    String subject = queued.subject() == null ? "" : queued.subject();
    int space = subject.indexOf(' ');
    return space < 0 ? subject : subject.substring(0, space);
  }
}
