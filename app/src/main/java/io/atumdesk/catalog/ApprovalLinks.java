package io.atumdesk.catalog;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApprovalLinks extends JpaRepository<ApprovalLink, Long> {

  Optional<ApprovalLink> findByTokenHash(String tokenHash);

  boolean existsByTaskIdAndApprover(String taskId, String approver);
}
