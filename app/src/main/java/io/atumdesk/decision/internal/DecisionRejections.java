package io.atumdesk.decision.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** Refused uploads. */
interface DecisionRejections extends JpaRepository<DecisionRejection, Long> {

  java.util.List<DecisionRejection> findTop100ByOrderByIdDesc();
}
