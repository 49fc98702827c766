package io.atumdesk.change;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The tenant's blackout windows. */
interface BlackoutWindows extends JpaRepository<BlackoutWindow, Long> {

  /** Windows overlapping {@code from}..{@code to}, earliest first. */
  @Query(
      "select b from BlackoutWindow b where b.startsAt < :to and b.endsAt > :from"
          + " order by b.startsAt, b.id")
  List<BlackoutWindow> overlapping(Instant from, Instant to);

  List<BlackoutWindow> findAllByOrderByStartsAtAscIdAsc();
}
