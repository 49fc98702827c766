package io.atumdesk.contact;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's tickets by contact. */
interface ContactTicketStore extends JpaRepository<ContactTicket, Long> {

  Optional<ContactTicket> findByContactIdAndTicketKey(Long contactId, String ticketKey);

  List<ContactTicket> findByContactIdOrderByLastSeenDesc(Long contactId);
}
