package io.atumdesk.knowledge;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SuggestionReads extends JpaRepository<SuggestionRead, Long> {

  List<SuggestionRead> findByUsernameAndReadAtAfterAndTicketKeyIsNull(
      String username, Instant after);

  long countByReadAtBetween(Instant from, Instant to);

  long countByReadAtBetweenAndTicketKeyIsNull(Instant from, Instant to);
}
