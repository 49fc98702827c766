package io.atumdesk.knowledge;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Articles extends JpaRepository<Article, Long> {

  List<Article> findByStatusInOrderByUpdatedAtDesc(
      Collection<ArticleStatus> statuses, Pageable page);

  List<Article> findByIdIn(Collection<Long> ids);

  List<Article> findByRevisionCommentIsNotNullOrderByRevisionSavedAtDesc(Pageable page);

  List<Article> findByEmbeddingIsNull(Pageable page);

  long countByStatus(ArticleStatus status);
}
