package io.atumdesk.knowledge;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Feedbacks extends JpaRepository<Feedback, Long> {

  Optional<Feedback> findByArticleIdAndUsername(Long articleId, String username);

  long countByArticleIdAndHelpful(Long articleId, boolean helpful);

  long countByHelpful(boolean helpful);
}
