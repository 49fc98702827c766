package io.atumdesk.assist.triage;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The current tenant's stored model (the tenant filter and the unique key make it at most one). */
interface StoredTriageModels extends JpaRepository<StoredTriageModel, Long> {

  Optional<StoredTriageModel> findFirstByOrderById();

  /** When the stored model was trained, without reading its bytes. */
  @Query("select m.trainedAt from StoredTriageModel m")
  Optional<Instant> trainedAt();
}
