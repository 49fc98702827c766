package io.atumdesk.ticket;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's timeline entries. */
interface Timeline extends JpaRepository<TimelineEntry, Long> {

  List<TimelineEntry> findByTicketIdOrderByIdAsc(Long ticketId);

  List<TimelineEntry> findByTicketIdAndInternalFalseOrderByIdAsc(Long ticketId);
}
