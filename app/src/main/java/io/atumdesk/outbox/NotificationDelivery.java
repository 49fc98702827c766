package io.atumdesk.outbox;

import io.atumdesk.core.TenantContext;
import io.atumdesk.notification.Notification.RecipientKind;
import io.atumdesk.notification.NotificationQueued;
import io.atumdesk.notification.Notifications;
import io.atumdesk.outbox.Composer.Notice;
import io.atumdesk.people.GroupRoster;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketRecords;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Delivers notifications by mail through the outbox, in the transaction that queued them; the
 * notification is marked sent or failed with its message. A user is reached directly, a group's
 * lead and whoever is on call for a group (at the moment it was queued) through the roster. Nobody
 * to reach, or nobody with an address, fails at once. Notifications to a whole group stay queued.
 */
@Component
class NotificationDelivery {

  private final TicketRecords tickets;
  private final Recipients recipients;
  private final Composer composer;
  private final Outbox outbox;
  private final Notifications notifications;
  private final GroupRoster roster;
  private final Clock clock;

  NotificationDelivery(
      TicketRecords tickets,
      Recipients recipients,
      Composer composer,
      Outbox outbox,
      Notifications notifications,
      GroupRoster roster,
      Clock clock) {
    this.tickets = tickets;
    this.recipients = recipients;
    this.composer = composer;
    this.outbox = outbox;
    this.notifications = notifications;
    this.roster = roster;
    this.clock = clock;
  }

  @EventListener
  void on(NotificationQueued queued) {
    if (queued.recipientKind() == RecipientKind.GROUP) {
      return;
    }
    TenantContext.runAs(
        queued.tenantId(),
        () -> {
          List<Recipient> reached =
              people(queued).stream()
                  .flatMap(username -> recipients.user(queued.tenantId(), username).stream())
                  .toList();
          if (reached.isEmpty()) {
            notifications.delivered(queued.notificationId(), false);
          }
          reached.forEach(to -> outbox.queue(queued.tenantId(), compose(queued, to)));
        });
  }

  /** The usernames a notification is for. */
  private List<String> people(NotificationQueued queued) {
    String tenant = queued.tenantId();
    return switch (queued.recipientKind()) {
      case USER -> List.of(queued.recipient());
      case GROUP_LEAD -> roster.leadOf(tenant, queued.recipient()).stream().toList();
      case ON_CALL -> roster.onCall(tenant, queued.recipient(), clock.instant());
      case GROUP -> List.of();
    };
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
