package io.atumdesk.ticket;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/** The current tenant's tickets (Hibernate adds the tenant to every query). */
interface Tickets extends JpaRepository<Ticket, Long>, JpaSpecificationExecutor<Ticket> {

  Optional<Ticket> findByKey(String key);

  List<Ticket> findByKeyIn(Collection<String> keys);
}
