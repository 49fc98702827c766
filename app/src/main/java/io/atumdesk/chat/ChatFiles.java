package io.atumdesk.chat;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChatFiles extends JpaRepository<ChatFile, Long> {

  Optional<ChatFile> findByIdAndConversationId(Long id, Long conversationId);

  List<ChatFile> findByIdIn(Collection<Long> ids);

  List<ChatFile> findByConversationIdOrderByIdAsc(Long conversationId);
}
