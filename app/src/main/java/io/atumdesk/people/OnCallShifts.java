package io.atumdesk.people;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The on-call roster, shift by shift. */
interface OnCallShifts extends JpaRepository<OnCallShift, Long> {

  /** The shifts of a group that cover {@code at}: started by then and not yet ended. */
  List<OnCallShift> findByTenantIdAndGroupKeyAndStartsAtLessThanEqualAndEndsAtGreaterThanOrderById(
      String tenantId, String groupKey, Instant startsBy, Instant endsAfter);

  /** A group's shifts that have not ended by {@code now}, earliest first. */
  List<OnCallShift> findByTenantIdAndGroupKeyAndEndsAtGreaterThanOrderByStartsAtAscIdAsc(
      String tenantId, String groupKey, Instant now);

  Optional<OnCallShift> findByTenantIdAndGroupKeyAndId(String tenantId, String groupKey, Long id);
}
