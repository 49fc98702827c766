package io.atumdesk.ticket;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's timeline entries. */
interface Timeline extends JpaRepository<TimelineEntry, Long> {

  List<TimelineEntry> findByTicketIdOrderByOccurredAtAscIdAsc(Long ticketId);

  List<TimelineEntry> findByTicketIdAndInternalFalseOrderByOccurredAtAscIdAsc(Long ticketId);
}
