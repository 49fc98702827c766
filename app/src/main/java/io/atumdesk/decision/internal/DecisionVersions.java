package io.atumdesk.decision.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's deployed table versions (all tenants' on engine threads). */
interface DecisionVersions extends JpaRepository<DecisionVersion, Long> {

  List<DecisionVersion> findByActiveTrue();

  List<DecisionVersion> findByDecisionIdOrderByVersionNumberDesc(String decisionId);

  Optional<DecisionVersion> findByDecisionIdAndVersionNumber(String decisionId, int versionNumber);

  Optional<DecisionVersion> findFirstByDecisionIdOrderByVersionNumberDesc(String decisionId);
}
