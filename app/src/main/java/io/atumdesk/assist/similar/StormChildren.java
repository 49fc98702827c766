package io.atumdesk.assist.similar;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's storm children. */
interface StormChildren extends JpaRepository<StormChild, Long> {

  Optional<StormChild> findByChildTicketId(Long childTicketId);

  List<StormChild> findByParentTicketIdOrderByIdAsc(Long parentTicketId);

  long countByParentTicketId(Long parentTicketId);

  boolean existsByParentTicketId(Long parentTicketId);
}
