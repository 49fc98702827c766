package io.atumdesk.notification;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues notifications in the caller's transaction, so a notification exists exactly when the
 * change that caused it committed; {@link NotificationQueued} tells the outbox to deliver it.
 */
@Service
public class Notifications {

  private final NotificationQueue queue;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Notifications(NotificationQueue queue, Clock clock, ApplicationEventPublisher events) {
    this.queue = queue;
    this.clock = clock;
    this.events = events;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public Notification queue(
      String tenantId,
      Long ticketId,
      Notification.RecipientKind kind,
      String recipient,
      String subject,
      String body) {
    return queue(tenantId, ticketId, kind, recipient, subject, body, null);
  }

  /**
   * @param template the mail template to deliver it with ({@code mention}, {@code task-assigned}),
   *     or null for the plain notice
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public Notification queue(
      String tenantId,
      Long ticketId,
      Notification.RecipientKind kind,
      String recipient,
      String subject,
      String body,
      String template) {
    Notification queued =
        queue.save(
            new Notification(
                tenantId, ticketId, kind, recipient, subject, body, template, clock.instant()));
    events.publishEvent(
        new NotificationQueued(
            tenantId, queued.id(), ticketId, kind, recipient, subject, body, template));
    return queued;
  }

  /** A channel delivered it, or gave up on it. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void delivered(Long notificationId, boolean sent) {
    queue.findById(notificationId).ifPresent(n -> n.delivered(sent));
  }

  @Transactional(readOnly = true)
  public List<Notification> forTicket(Long ticketId) {
    return queue.findByTicketIdOrderById(ticketId);
  }
}
