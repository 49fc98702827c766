package io.atumdesk.studio;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

/**
 * Drafts of decision tables and forms of the current tenant (Hibernate's tenant filter applies).
 */
interface ModelDrafts extends JpaRepository<ModelDraft, Long> {

  Optional<ModelDraft> findByKindAndModelKey(ModelKind kind, String modelKey);

  /** The draft, locked until the transaction ends, so two saves of one revision take turns. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  Optional<ModelDraft> findForUpdateByKindAndModelKey(ModelKind kind, String modelKey);
}
