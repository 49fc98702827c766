package io.atumdesk.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Queued and sent notifications. */
interface NotificationQueue extends JpaRepository<Notification, Long> {

  List<Notification> findByTicketIdOrderById(Long ticketId);
}
