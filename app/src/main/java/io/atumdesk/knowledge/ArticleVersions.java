package io.atumdesk.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleVersions extends JpaRepository<ArticleVersion, Long> {

  List<ArticleVersion> findByArticleIdOrderByVersionDesc(Long articleId);

  Optional<ArticleVersion> findByArticleIdAndVersion(Long articleId, int version);
}
