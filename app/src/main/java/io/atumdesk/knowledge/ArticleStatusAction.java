package io.atumdesk.knowledge;

import io.atumdesk.core.NotFoundException;
import io.atumdesk.knowledge.process.ArticleReviewProcess;
import io.atumdesk.workflow.ProcessAction;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The review process's named actions: each moves the article to one status (the reviewer's comment
 * goes with it, so a returned draft shows why). In the review of a revision of a published article,
 * publishing publishes the revision and returning returns the revision, not the article, which
 * stays published. Declared once per action below.
 */
class ArticleStatusAction implements ProcessAction {

  private final String name;
  private final ArticleStatus target;
  private final Articles articles;
  private final RevisionOutcomes revisions;
  private final Clock clock;

  ArticleStatusAction(
      String name,
      ArticleStatus target,
      Articles articles,
      RevisionOutcomes revisions,
      Clock clock) {
    this.name = name;
    this.target = target;
    this.articles = articles;
    this.revisions = revisions;
    this.clock = clock;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<String> requiredParameters() {
    return Set.of();
  }

  @Override
  public Map<String, Object> execute(ActionCall call) {
    long id = ((Number) call.variables().get(ArticleReviewProcess.ARTICLE_ID)).longValue();
    Article article = articles.findById(id).orElseThrow(() -> new NotFoundException("Article", id));
    Object given = call.variables().get(ArticleReviewProcess.COMMENT);
    String comment = given == null || given.toString().isBlank() ? null : given.toString();
    if (Boolean.TRUE.equals(call.variables().get(ArticleReviewProcess.REVISION))) {
      switch (target) {
        case PUBLISHED -> revisions.publish(article);
        case DRAFT -> revisions.returned(article, comment);
        default -> article.moveTo(target, comment, clock.instant());
      }
      return Map.of();
    }
    article.moveTo(target, comment, clock.instant());
    return Map.of();
  }

  @Configuration(proxyBeanMethods = false)
  static class Actions {

    @Bean
    ArticleStatusAction publishArticle(Articles articles, RevisionOutcomes revisions, Clock clock) {
      return new ArticleStatusAction(
          "publishArticle", ArticleStatus.PUBLISHED, articles, revisions, clock);
    }

    @Bean
    ArticleStatusAction returnArticle(Articles articles, RevisionOutcomes revisions, Clock clock) {
      return new ArticleStatusAction(
          "returnArticle", ArticleStatus.DRAFT, articles, revisions, clock);
    }

    @Bean
    ArticleStatusAction retireArticle(Articles articles, RevisionOutcomes revisions, Clock clock) {
      return new ArticleStatusAction(
          "retireArticle", ArticleStatus.RETIRED, articles, revisions, clock);
    }
  }
}
