package io.atumdesk.knowledge;

import io.atumdesk.assist.TextEmbeddings;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.NotFoundException;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the review of a revision decides, for the review's named actions (which the process engine
 * needs before it starts, so nothing here may need the engine): approved, the revision becomes the
 * published text and is embedded again; rejected, it returns to its editor with the comment.
 */
@Component
class RevisionOutcomes {

  private final ArticleVersions versions;
  private final TextEmbeddings embeddings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  RevisionOutcomes(
      ArticleVersions versions,
      TextEmbeddings embeddings,
      ApplicationEventPublisher events,
      Clock clock) {
    this.versions = versions;
    this.embeddings = embeddings;
    this.events = events;
    this.clock = clock;
  }

  /** The review step approved the revision (named action {@code publishArticle}). */
  void publish(Article article) {
    ArticleRevision pending = required(article);
    article.publishRevision(content(article, pending), clock.instant());
    article.embed(embeddings.embed(ArticleEmbedder.text(article)).orElse(null));
    events.publishEvent(new ArticleSaved(article.id(), article.tenantId()));
  }

  /** The review step sent the revision back (named action {@code returnArticle}). */
  void returned(Article article, String comment) {
    article.revise(required(article).returned(comment));
  }

  /** The pending revision's text. */
  ArticleContent content(Article article, ArticleRevision revision) {
    return versions
        .findByArticleIdAndVersion(article.id(), revision.version())
        .map(ArticleVersion::content)
        .orElseThrow(() -> new NotFoundException("Revision of article", article.id()));
  }

  private static ArticleRevision required(Article article) {
    if (article.revision() == null) {
      throw new ConflictException("Article " + article.id() + " has no pending revision.");
    }
    return article.revision();
  }
}
