package io.atumdesk.knowledge;

import io.atumdesk.assist.TextEmbeddings;
import io.atumdesk.core.TenantContext;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes an article's sentence vector off the request path: queued when the save commits,
 * embedded by one worker thread in the article's tenant (the index is only written in its own
 * tenant), the model run outside any transaction. Until then the article is found lexically only. A
 * sweep finds articles whose work was lost (a crash, a full queue) by their missing vector.
 */
@Component
class ArticleEmbedder {

  private static final Logger log = LoggerFactory.getLogger(ArticleEmbedder.class);
  private static final int SWEEP_BATCH = 200;

  private final Articles articles;
  private final TextEmbeddings embeddings;
  private final TransactionTemplate transactions;
  private final ThreadPoolExecutor worker =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.SECONDS,
          new LinkedBlockingQueue<>(10_000),
          work -> {
            Thread thread = new Thread(work, "article-vectors");
            thread.setDaemon(true);
            return thread;
          });

  ArticleEmbedder(
      Articles articles, TextEmbeddings embeddings, PlatformTransactionManager transactions) {
    this.articles = articles;
    this.embeddings = embeddings;
    this.transactions = new TransactionTemplate(transactions);
  }

  @EventListener
  void on(ArticleSaved saved) {
    Runnable work = () -> submit(saved.articleId(), saved.tenantId());
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              work.run();
            }
          });
    } else {
      work.run();
    }
  }

  @Scheduled(initialDelayString = "PT5S", fixedDelayString = "${atum.knowledge.vector-sweep:PT1M}")
  void sweep() {
    transactions
        .execute(status -> articles.findByEmbeddingIsNull(PageRequest.of(0, SWEEP_BATCH)))
        .forEach(article -> submit(article.id(), article.tenantId()));
  }

  private void submit(Long articleId, String tenantId) {
    try {
      worker.execute(() -> embed(articleId, tenantId));
    } catch (RejectedExecutionException full) {
      log.debug("Article {} left for the sweep: the queue is full", articleId);
    }
  }

  void embed(Long articleId, String tenantId) {
    try {
      TenantContext.runAs(
          tenantId,
          () -> {
            Optional<String> text =
                transactions.execute(
                    status ->
                        articles.findById(articleId).map(a -> a.title() + "\n" + a.getPlainText()));
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
