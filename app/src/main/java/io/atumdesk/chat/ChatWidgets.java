package io.atumdesk.chat;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChatWidgets extends JpaRepository<ChatWidget, Long> {

  Optional<ChatWidget> findByPublicId(String publicId);

  List<ChatWidget> findAllByOrderByNameAsc();

  boolean existsByName(String name);
}
