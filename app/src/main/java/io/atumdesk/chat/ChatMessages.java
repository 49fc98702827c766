package io.atumdesk.chat;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChatMessages extends JpaRepository<ChatMessage, Long> {

  List<ChatMessage> findByConversationIdOrderByIdAsc(Long conversationId);
}
