package io.atumdesk.studio;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

/** Drafts, one per process of the current tenant (Hibernate's tenant filter applies). */
interface ProcessDrafts extends JpaRepository<ProcessDraft, Long> {

  Optional<ProcessDraft> findByProcessKey(String processKey);

  /** The draft, locked until the transaction ends, so two saves of one revision take turns. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  Optional<ProcessDraft> findForUpdateByProcessKey(String processKey);
}
