package io.atumdesk.change;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The tenant's changes (the tenant filter applies to every query). */
interface Changes extends JpaRepository<Change, Long> {

  Optional<Change> findByTicketKey(String ticketKey);

  /** Changes whose window overlaps {@code from}..{@code to}, in window order. */
  @Query(
      "select c from Change c where c.plannedStart < :to and c.plannedEnd > :from"
          + " and c.stage not in :excluded order by c.plannedStart, c.ticketKey")
  List<Change> scheduledBetween(Instant from, Instant to, Collection<ChangeStage> excluded);

  /** Past implementations of the same category and type, for the success rate of similar ones. */
  @Query(
      "select c.implementationResult from Change c where c.type = :type"
          + " and c.implementationResult is not null"
          + " and (c.category = :category or (c.category is null and :category is null))")
  List<ImplementationResult> resultsOfSimilar(String category, ChangeType type);

  List<Change> findByStageInOrderByCreatedAt(Collection<ChangeStage> stages);
}
