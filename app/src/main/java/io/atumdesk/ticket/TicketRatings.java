package io.atumdesk.ticket;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's satisfaction ratings. */
interface TicketRatings extends JpaRepository<TicketRating, Long> {

  Optional<TicketRating> findByTicketId(Long ticketId);
}
