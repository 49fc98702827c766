package io.atumdesk.notification;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues notifications in the caller's transaction, so a notification exists exactly when the
 * change that caused it committed. Delivery arrives with the channel connectors.
 */
@Service
public class Notifications {

  private final NotificationQueue queue;
  private final Clock clock;

  Notifications(NotificationQueue queue, Clock clock) {
    this.queue = queue;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public Notification queue(
      String tenantId,
      Long ticketId,
      Notification.RecipientKind kind,
      String recipient,
      String subject,
      String body) {
    return queue.save(
        new Notification(tenantId, ticketId, kind, recipient, subject, body, clock.instant()));
  }

  @Transactional(readOnly = true)
  public List<Notification> forTicket(Long ticketId) {
    return queue.findByTicketIdOrderById(ticketId);
  }
}
