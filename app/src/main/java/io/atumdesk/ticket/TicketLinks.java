package io.atumdesk.ticket;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The current tenant's ticket links. */
interface TicketLinks extends JpaRepository<TicketLink, Long> {

  @Query(
      "select l from TicketLink l where l.ticketAId = :ticketId or l.ticketBId = :ticketId"
          + " order by l.createdAt, l.id")
  List<TicketLink> touching(Long ticketId);

  Optional<TicketLink> findByTicketAIdAndTicketBId(Long ticketAId, Long ticketBId);

  /** The link between two tickets, whichever of them is side A. */
  default Optional<TicketLink> between(Long one, Long other) {
    return findByTicketAIdAndTicketBId(Math.min(one, other), Math.max(one, other));
  }
}
