package io.atumdesk.problem;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The current tenant's problem rows. */
interface ProblemRows extends JpaRepository<Problem, Long> {

  Optional<Problem> findByTicketKey(String ticketKey);

  List<Problem> findByFixChangeIdAndFixState(Long changeId, FixState state);

  /** Published known errors that still apply, newest first, optionally of one category. */
  @Query(
      "select p from Problem p where p.publishedAt is not null and p.fixState <> :fixed"
          + " and (p.category in :categories or p.ticketKey in :keys)"
          + " order by p.publishedAt desc")
  List<Problem> activeKnownErrors(
      Collection<String> categories, Collection<String> keys, FixState fixed, Pageable page);

  @Query(
      "select p from Problem p where p.publishedAt is not null"
          + " and (:category is null or p.category = :category)"
          + " and (:text is null or lower(p.symptom) like :text or lower(p.workaround) like :text"
          + " or lower(p.rootCause) like :text or lower(p.ticketKey) like :text)"
          + " order by p.publishedAt desc")
  List<Problem> knownErrors(String category, String text, Pageable page);
}
