package io.atumdesk.studio;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's published process versions. */
interface ProcessVersions extends JpaRepository<ProcessVersion, Long> {

  Optional<ProcessVersion> findFirstByProcessKeyOrderByVersionNumberDesc(String processKey);

  Optional<ProcessVersion> findByProcessKeyAndVersionNumber(String processKey, int versionNumber);

  List<ProcessVersion> findAllByOrderByProcessKeyAscVersionNumberDesc();

  Optional<ProcessVersion> findByProcessDefinitionId(String processDefinitionId);
}
