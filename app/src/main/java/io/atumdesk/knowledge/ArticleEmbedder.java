package io.atumdesk.knowledge;

import io.atumdesk.assist.TextEmbeddings;
import io.atumdesk.core.TenantContext;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Embeds the articles that have no vector: written in bulk (an import, the benchmark) or saved
 * while the model failed. Each in its own tenant, since the index must be written in the article's
 * tenant; the model runs outside any transaction. Saves through {@link KnowledgeBase} embed their
 * text themselves.
 */
@Component
class ArticleEmbedder {

  private static final Logger log = LoggerFactory.getLogger(ArticleEmbedder.class);
  private static final int SWEEP_BATCH = 200;

  private final Articles articles;
  private final TextEmbeddings embeddings;
  private final TransactionTemplate transactions;

  ArticleEmbedder(
      Articles articles, TextEmbeddings embeddings, PlatformTransactionManager transactions) {
    this.articles = articles;
    this.embeddings = embeddings;
    this.transactions = new TransactionTemplate(transactions);
  }

  static String text(Article article) {
    return article.title() + "\n" + article.getPlainText();
  }

  @Scheduled(initialDelayString = "PT5S", fixedDelayString = "${atum.knowledge.vector-sweep:PT1M}")
  void sweep() {
    transactions
        .execute(status -> articles.findByEmbeddingIsNull(PageRequest.of(0, SWEEP_BATCH)))
        .forEach(article -> embed(article.id(), article.tenantId()));
  }

  void embed(Long articleId, String tenantId) {
    try {
      TenantContext.runAs(
          tenantId,
          () -> {
            Optional<String> text =
                transactions.execute(
                    status -> articles.findById(articleId).map(ArticleEmbedder::text));
            Optional<float[]> vector = text.flatMap(embeddings::embed);
            vector.ifPresent(
                v ->
                    transactions.executeWithoutResult(
                        status -> articles.findById(articleId).ifPresent(a -> a.embed(v))));
          });
    } catch (RuntimeException e) {
      log.warn("Article {} could not be embedded: {}", articleId, e.toString());
    }
  }
}
