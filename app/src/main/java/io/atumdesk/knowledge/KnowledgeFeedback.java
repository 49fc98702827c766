package io.atumdesk.knowledge;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.TenantContext;
import io.atumdesk.ticket.TicketRaised;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What readers tell about articles: "was this helpful" votes, and the suggested articles customers
 * read before (not) raising a ticket, from which the self-service rate is counted.
 */
@Service
public class KnowledgeFeedback {

  static final int MAX_COMMENT = 2000;

  private final KnowledgeBase knowledge;
  private final Feedbacks feedbacks;
  private final SuggestionReads reads;
  private final Articles articles;
  private final KnowledgeProperties properties;
  private final TransactionTemplate transactions;
  private final Clock clock;

  KnowledgeFeedback(
      KnowledgeBase knowledge,
      Feedbacks feedbacks,
      SuggestionReads reads,
      Articles articles,
      KnowledgeProperties properties,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.knowledge = knowledge;
    this.feedbacks = feedbacks;
    this.reads = reads;
    this.articles = articles;
    this.properties = properties;
    this.transactions = new TransactionTemplate(transactions);
    // After the raise's commit its transaction is still bound: join it and nothing is written.
    this.transactions.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** Records (or replaces) the reader's vote on an article they may read. */
  @Transactional
  public void vote(Actor actor, long articleId, boolean helpful, String comment) {
    knowledge.article(actor, articleId);
    if (comment != null && comment.length() > MAX_COMMENT) {
      throw new InvalidInputException("comment", "is longer than " + MAX_COMMENT + " characters");
    }
    Feedback feedback =
        feedbacks
            .findByArticleIdAndUsername(articleId, actor.username())
            .orElseGet(() -> new Feedback(articleId, actor.username()));
    feedback.vote(
        helpful, comment == null || comment.isBlank() ? null : comment.strip(), clock.instant());
    feedbacks.save(feedback);
  }

  /** A customer opened an article the portal suggested while they typed a new ticket's subject. */
  @Transactional
  public void suggestedArticleRead(Actor actor, long articleId) {
    knowledge.article(actor, articleId);
    if (actor.isCustomerOnly()) {
      reads.save(new SuggestionRead(articleId, actor.username(), clock.instant()));
    }
  }

  /**
   * A ticket raised within the window after a suggested read means the read did not deflect it.
   * After the raise's commit, in the ticket's tenant (a username is unique only within one).
   */
  @TransactionalEventListener
  void on(TicketRaised raised) {
    Instant now = clock.instant();
    TenantContext.runAs(
        raised.tenantId(),
        () ->
            transactions.executeWithoutResult(
                status ->
                    reads
                        .findByUsernameAndReadAtAfterAndTicketKeyIsNull(
                            raised.requester(), now.minus(properties.deflectionWindow()))
                        .forEach(read -> read.followedBy(raised.key().value()))));
  }

  /** The dashboard's figures for the reads of the given number of days up to now. */
  @Transactional(readOnly = true)
  public SelfService selfService(Actor actor, Duration period) {
    Instant settledBefore = clock.instant().minus(properties.deflectionWindow());
    return selfService(actor, settledBefore.minus(period), settledBefore);
  }

  /** The figures for the reads between two instants, all taken as settled. */
  SelfService selfService(Actor actor, Instant from, Instant settledBefore) {
    KnowledgeManagers.requireStaff(actor);
    long settled = reads.countByReadAtBetween(from, settledBefore);
    long deflected = reads.countByReadAtBetweenAndTicketKeyIsNull(from, settledBefore);
    return new SelfService(
        from,
        settledBefore,
        settled,
        deflected,
        articles.countByStatus(ArticleStatus.PUBLISHED),
        articles.countByStatus(ArticleStatus.IN_REVIEW),
        articles.countByStatus(ArticleStatus.DRAFT),
        feedbacks.countByHelpful(true),
        feedbacks.countByHelpful(false));
  }
}
