package io.atumdesk.assist.similar;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's duplicate flags, one per ticket at most. */
interface DuplicateFlags extends JpaRepository<DuplicateFlag, Long> {

  Optional<DuplicateFlag> findByTicketId(Long ticketId);
}
