package io.atumdesk.knowledge;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleVersions extends JpaRepository<ArticleVersion, Long> {

  List<ArticleVersion> findByArticleIdOrderByVersionDesc(Long articleId);

  Optional<ArticleVersion> findByArticleIdAndVersion(Long articleId, int version);

  /** The highest version number saved, published or not: the next save takes the one after. */
  @Query("select coalesce(max(v.version), 0) from ArticleVersion v where v.articleId = :articleId")
  int lastVersion(Long articleId);
}
