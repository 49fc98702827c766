package io.atumdesk.channel;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The mailboxes of the current tenant. */
interface Mailboxes extends JpaRepository<Mailbox, Long> {

  List<Mailbox> findByEnabledTrueOrderByName();

  List<Mailbox> findAllByOrderByName();

  boolean existsByName(String name);

  Optional<Mailbox> findByName(String name);

  Optional<Mailbox> findByTenantIdAndName(String tenantId, String name);
}
