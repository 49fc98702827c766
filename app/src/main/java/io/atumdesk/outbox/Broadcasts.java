package io.atumdesk.outbox;

import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's broadcasts. */
interface Broadcasts extends JpaRepository<Broadcast, Long> {}
