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
 * goes with it, so a returned draft shows why). Declared once per action below.
 */
class ArticleStatusAction implements ProcessAction {

  private final String name;
  private final ArticleStatus target;
  private final Articles articles;
  private final Clock clock;

  ArticleStatusAction(String name, ArticleStatus target, Articles articles, Clock clock) {
    this.name = name;
    this.target = target;
    this.articles = articles;
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
    Object comment = call.variables().get(ArticleReviewProcess.COMMENT);
    article.moveTo(
        target,
        comment == null || comment.toString().isBlank() ? null : comment.toString(),
        clock.instant());
    return Map.of();
  }

  @Configuration(proxyBeanMethods = false)
  static class Actions {

    @Bean
    ArticleStatusAction publishArticle(Articles articles, Clock clock) {
      return new ArticleStatusAction("publishArticle", ArticleStatus.PUBLISHED, articles, clock);
    }

    @Bean
    ArticleStatusAction returnArticle(Articles articles, Clock clock) {
      return new ArticleStatusAction("returnArticle", ArticleStatus.DRAFT, articles, clock);
    }

    @Bean
    ArticleStatusAction retireArticle(Articles articles, Clock clock) {
      return new ArticleStatusAction("retireArticle", ArticleStatus.RETIRED, articles, clock);
    }
  }
}
