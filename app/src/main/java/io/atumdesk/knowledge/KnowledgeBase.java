package io.atumdesk.knowledge;

import io.atumdesk.assist.TextEmbeddings;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.knowledge.process.ArticleReviewProcess;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing and reviewing articles. Every save is a new version row; submitting starts (or resumes)
 * the review process, whose steps publish, return or retire the article. Customers read published
 * public articles only; anything else answers 404 to them, as another tenant's article does.
 */
@Service
public class KnowledgeBase {

  private final Articles articles;
  private final ArticleVersions versions;
  private final Feedbacks feedbacks;
  private final ArticleReviewProcess review;
  private final ArticleRevisions revisions;
  private final ApplicationEventPublisher events;
  private final TextEmbeddings embeddings;
  private final KnowledgeProperties properties;
  private final Clock clock;

  KnowledgeBase(
      Articles articles,
      ArticleVersions versions,
      Feedbacks feedbacks,
      ArticleReviewProcess review,
      ArticleRevisions revisions,
      ApplicationEventPublisher events,
      TextEmbeddings embeddings,
      KnowledgeProperties properties,
      Clock clock) {
    this.articles = articles;
    this.versions = versions;
    this.feedbacks = feedbacks;
    this.review = review;
    this.revisions = revisions;
    this.events = events;
    this.embeddings = embeddings;
    this.properties = properties;
    this.clock = clock;
  }

  @Transactional
  public ArticleView create(Actor actor, ArticleContent content, String sourceTicketKey) {
    KnowledgeManagers.requireStaff(actor);
    Article article =
        articles.save(
            new Article(
                ArticleRules.checked(content), sourceTicketKey, actor.username(), clock.instant()));
    saved(article);
    return view(article);
  }

  /**
   * Saves a new version. An edit of a published article is a pending revision, reviewed before
   * anyone else reads it (only a knowledge manager's edit is published at once, and only when
   * {@code atum.knowledge.four-eyes} is off); a retired article is closed.
   */
  @Transactional
  public ArticleView update(Actor actor, long id, ArticleContent content) {
    KnowledgeManagers.requireStaff(actor);
    Article article = article(actor, id);
    if (article.status() == ArticleStatus.RETIRED) {
      throw new ConflictException("Article " + id + " is retired; write a new article instead.");
    }
    ArticleContent checked = ArticleRules.checked(content);
    if (article.revision() != null
        || (article.status() == ArticleStatus.PUBLISHED && reviewsEditsOf(actor))) {
      revisions.propose(actor, article, checked);
      return view(article);
    }
    if (checked.equals(article.content())) {
      return view(article);
    }
    article.apply(checked, actor.username(), clock.instant(), versions.lastVersion(id) + 1);
    saved(article);
    return view(article);
  }

  /** What the editor opens: the pending revision's text if there is one, else the article's. */
  @Transactional(readOnly = true)
  public ArticleContent editable(Actor actor, long id) {
    KnowledgeManagers.requireStaff(actor);
    Article article = article(actor, id);
    return revisions.editable(article);
  }

  /** Drops a pending revision: its editor or a knowledge manager; the published text stays. */
  @Transactional
  public ArticleView discardRevision(Actor actor, long id) {
    KnowledgeManagers.requireStaff(actor);
    Article article = article(actor, id);
    revisions.discard(actor, article);
    return view(article);
  }

  @Transactional(readOnly = true)
  public ArticleView get(Actor actor, long id) {
    return view(article(actor, id));
  }

  /** Staff's list of articles in the given states, newest change first. */
  @Transactional(readOnly = true)
  public List<ArticleView> list(Actor actor, Set<ArticleStatus> statuses, int limit) {
    KnowledgeManagers.requireStaff(actor);
    Set<ArticleStatus> wanted = statuses.isEmpty() ? EnumSet.allOf(ArticleStatus.class) : statuses;
    return articles
        .findByStatusInOrderByUpdatedAtDesc(
            wanted, PageRequest.of(0, Math.max(1, Math.min(limit, 500))))
        .stream()
        .map(this::view)
        .toList();
  }

  /** Revisions a reviewer sent back to their editors, newest first: staff's to pick up again. */
  @Transactional(readOnly = true)
  public List<ArticleView> returnedRevisions(Actor actor, int limit) {
    KnowledgeManagers.requireStaff(actor);
    return articles
        .findByRevisionCommentIsNotNullOrderByRevisionSavedAtDesc(
            PageRequest.of(0, Math.max(1, Math.min(limit, 500))))
        .stream()
        .map(this::view)
        .toList();
  }

  /** The articles waiting for a knowledge manager's review, oldest first. */
  @Transactional(readOnly = true)
  public List<ArticleView> reviewQueue(Actor actor) {
    KnowledgeManagers.require(actor);
    List<Long> ids = review.awaitingReview(actor.tenantId());
    var byId = articles.findByIdIn(ids);
    return ids.stream()
        .flatMap(id -> byId.stream().filter(a -> a.id().equals(id)))
        .map(this::view)
        .toList();
  }

  @Transactional(readOnly = true)
  public List<ArticleVersionView> versions(Actor actor, long id) {
    KnowledgeManagers.requireStaff(actor);
    article(actor, id);
    return versions.findByArticleIdOrderByVersionDesc(id).stream()
        .map(v -> new ArticleVersionView(v.version(), v.content(), v.savedBy(), v.savedAt()))
        .toList();
  }

  @Transactional(readOnly = true)
  public ArticleDiff diff(Actor actor, long id, int from, int to) {
    KnowledgeManagers.requireStaff(actor);
    article(actor, id);
    return ArticleDiff.between(from, version(id, from), to, version(id, to));
  }

  /** The author (or any agent) hands a draft to the knowledge managers. */
  @Transactional
  public ArticleView submit(Actor actor, long id) {
    KnowledgeManagers.requireStaff(actor);
    Article article = article(actor, id);
    if (article.status() != ArticleStatus.DRAFT) {
      throw new ConflictException(
          "Only a draft can be submitted; article " + id + " is " + article.status() + ".");
    }
    article.moveTo(ArticleStatus.IN_REVIEW, null, clock.instant());
    if (review.inRevision(article.processInstanceId())) {
      review.resubmit(article.processInstanceId());
    } else {
      article.reviewedIn(review.start(article.id(), actor.tenantId(), actor.username()));
    }
    return view(article);
  }

  /**
   * Approves (publishes) or rejects (returns to its author with the comment) an article in review,
   * or the pending revision of a published one.
   */
  @Transactional
  public ArticleView decide(Actor actor, long id, boolean approve, String comment) {
    KnowledgeManagers.require(actor);
    Article article = article(actor, id);
    ArticleRevision revision = article.revision();
    String instance = revision == null ? article.processInstanceId() : revision.processInstanceId();
    if (!review.inReview(instance)) {
      throw new ConflictException("Article " + id + " is not waiting for a review.");
    }
    if (!approve && (comment == null || comment.isBlank())) {
      throw new io.atumdesk.core.InvalidInputException(
          "comment", "is required when an article is sent back");
    }
    String editor = revision == null ? article.updatedBy() : revision.editor();
    if (approve && actor.username().equals(editor) && !actor.has(io.atumdesk.core.Role.ADMIN)) {
      throw new ForbiddenException("Another knowledge manager must approve your own changes.");
    }
    String previous = article.processInstanceId();
    review.review(instance, approve, comment, actor.username());
    if (revision != null && approve) {
      // The revision's instance now stands for the published article (publishRevision).
      review.end(previous, "superseded by version " + revision.version());
    }
    return view(article);
  }

  @Transactional
  public ArticleView retire(Actor actor, long id) {
    KnowledgeManagers.require(actor);
    Article article = article(actor, id);
    if (article.status() != ArticleStatus.PUBLISHED) {
      throw new ConflictException("Only a published article can be retired.");
    }
    if (article.revision() != null) {
      review.end(article.revision().processInstanceId(), "article retired");
      article.revise(null);
    }
    review.retire(article.processInstanceId());
    return view(article);
  }

  /** Whether the actor's edits of a published article wait for a review (pages say so). */
  public boolean reviewsEditsOf(Actor actor) {
    return properties.fourEyes() || !KnowledgeManagers.includes(actor);
  }

  /** Whether the actor reviews, publishes and retires articles (pages offer those actions). */
  public boolean mayReview(Actor actor) {
    return KnowledgeManagers.includes(actor);
  }

  /** The article, as the actor may see it: customers only published public ones. */
  Article article(Actor actor, long id) {
    return articles
        .findById(id)
        .filter(a -> a.tenantId().equals(actor.tenantId()))
        .filter(a -> !actor.isCustomerOnly() || KnowledgeSearch.publicAndPublished(a))
        .orElseThrow(() -> new NotFoundException("Article", id));
  }

  private ArticleContent version(long id, int version) {
    return versions
        .findByArticleIdAndVersion(id, version)
        .map(ArticleVersion::content)
        .orElseThrow(() -> new NotFoundException("Version " + version + " of article", id));
  }

  /**
   * Keeps the version row and the sentence vector of the text just saved. The vector is computed
   * here, in the save's transaction, not after it: a review step running meanwhile would otherwise
   * index its own copy of the article without the vector. Saves come at a person's pace, so the
   * model's 5 to 15 ms stay off every path that runs often (ADR 0024).
   */
  private void saved(Article article) {
    article.embed(embeddings.embed(ArticleEmbedder.text(article)).orElse(null));
    versions.save(new ArticleVersion(article));
    events.publishEvent(new ArticleSaved(article.id(), article.tenantId()));
  }

  ArticleView view(Article a) {
    ArticleContent c = a.content();
    return new ArticleView(
        a.id(),
        c.title(),
        c.body(),
        Markdown.html(c.body()),
        c.category(),
        c.tags(),
        c.language(),
        c.audience(),
        a.status(),
        a.currentVersion(),
        a.reviewComment(),
        a.sourceTicketKey(),
        a.createdBy(),
        a.createdAt(),
        a.updatedBy(),
        a.updatedAt(),
        a.publishedAt(),
        feedbacks.countByArticleIdAndHelpful(a.id(), true),
        feedbacks.countByArticleIdAndHelpful(a.id(), false),
        a.embedded(),
        pending(a.revision()));
  }

  private static ArticleView.PendingRevision pending(ArticleRevision r) {
    return r == null
        ? null
        : new ArticleView.PendingRevision(
            r.version(), r.editor(), r.savedAt(), r.comment() == null, r.comment());
  }
}
