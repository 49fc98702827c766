package io.atumdesk.knowledge;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.knowledge.process.ArticleReviewProcess;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Edits of published articles, reviewed again (ADR 0032). Saving one keeps the published text in
 * the article and the index and starts the review of a revision ({@link RevisionOutcomes} does what
 * the review decides). One revision an article at a time: it is its editor's until approved or
 * discarded.
 */
@Component
class ArticleRevisions {

  private final ArticleVersions versions;
  private final ArticleReviewProcess review;
  private final RevisionOutcomes outcomes;
  private final Clock clock;

  ArticleRevisions(
      ArticleVersions versions,
      ArticleReviewProcess review,
      RevisionOutcomes outcomes,
      Clock clock) {
    this.versions = versions;
    this.review = review;
    this.outcomes = outcomes;
    this.clock = clock;
  }

  /**
   * Saves the editor's text as the pending revision and sends it to review: a new review for a new
   * revision, a resubmission for a returned one; one in review simply shows its newest version.
   */
  void propose(Actor actor, Article article, ArticleContent content) {
    ArticleRevision pending = article.revision();
    if (pending != null && !pending.editor().equals(actor.username())) {
      throw new ConflictException(
          "Article "
              + article.id()
              + " has a revision by "
              + pending.editor()
              + " waiting for review; it must be approved, or discarded by its editor or a"
              + " knowledge manager, before someone else edits the article.");
    }
    if (content.equals(pending == null ? article.content() : outcomes.content(article, pending))) {
      return;
    }
    int version = versions.lastVersion(article.id()) + 1;
    versions.save(
        new ArticleVersion(article.id(), version, content, actor.username(), clock.instant()));
    if (pending == null) {
      String instance = review.startRevision(article.id(), actor.tenantId(), actor.username());
      article.revise(new ArticleRevision(version, actor.username(), clock.instant(), instance));
    } else {
      article.revise(pending.savedAgain(version, clock.instant()));
      if (review.inRevision(pending.processInstanceId())) {
        review.resubmit(pending.processInstanceId());
      }
    }
  }

  /** What the editor opens: the pending revision's text, else the published one. */
  ArticleContent editable(Article article) {
    return article.revision() == null
        ? article.content()
        : outcomes.content(article, article.revision());
  }

  /** Drops the pending revision (its version row stays in the history). */
  void discard(Actor actor, Article article) {
    ArticleRevision pending = article.revision();
    if (pending == null) {
      throw new NotFoundException("Pending revision of article", article.id());
    }
    if (!pending.editor().equals(actor.username()) && !KnowledgeManagers.includes(actor)) {
      throw new ForbiddenException(
          "Only its editor or a knowledge manager may discard the revision by "
              + pending.editor()
              + ".");
    }
    review.end(pending.processInstanceId(), "revision discarded by " + actor.username());
    article.revise(null);
  }
}
