package io.atumdesk.assist.triage;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TriageSuggestions extends JpaRepository<TriageSuggestion, Long> {

  List<TriageSuggestion> findByTicketIdOrderByField(Long ticketId);

  Optional<TriageSuggestion> findByTicketIdAndField(Long ticketId, TriageField field);

  List<TriageSuggestion> findByTicketIdIn(Collection<Long> ticketIds);
}
