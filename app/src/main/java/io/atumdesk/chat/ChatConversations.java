package io.atumdesk.chat;

import io.atumdesk.chat.ChatConversation.Status;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChatConversations extends JpaRepository<ChatConversation, Long> {

  Optional<ChatConversation> findByPublicId(String publicId);

  List<ChatConversation> findByStatusInOrderByStartedAtAsc(Collection<Status> statuses);

  List<ChatConversation> findByStatusInAndTicketKeyIsNull(Collection<Status> statuses);
}
