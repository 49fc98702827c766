package io.atumdesk.assist;

import org.springframework.data.jpa.repository.JpaRepository;

interface TicketVectorRepository extends JpaRepository<TicketVector, Long> {}
