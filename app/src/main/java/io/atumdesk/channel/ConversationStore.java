package io.atumdesk.channel;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's conversations by ticket. */
interface ConversationStore extends JpaRepository<Conversation, Long> {

  Optional<Conversation> findByTicketKey(String ticketKey);
}
