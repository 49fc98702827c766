package io.atumdesk.assist;

import io.atumdesk.core.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The Lucene indexes are a copy of tables, kept on each node's disk. After a start this compares,
 * per indexed entity and tenant, the rows with the documents, and re-indexes a tenant's entities
 * where they differ (an index directory deleted or restored from another day, a crash between
 * commit and index write). It runs in the background so the application answers meanwhile.
 */
@Component
class SearchIndexCheck {

  private static final Logger log = LoggerFactory.getLogger(SearchIndexCheck.class);
  private static final Duration SETTLE = Duration.ofSeconds(3);

  private final EntityManagerFactory entityManagerFactory;
  private final EntityManager entityManager;
  private final TransactionOperations transactions;
  private final JdbcClient jdbc;

  SearchIndexCheck(
      EntityManagerFactory entityManagerFactory,
      EntityManager entityManager,
      TransactionOperations transactions,
      JdbcClient jdbc) {
    this.entityManagerFactory = entityManagerFactory;
    this.entityManager = entityManager;
    this.transactions = transactions;
    this.jdbc = jdbc;
  }

  @EventListener(ApplicationReadyEvent.class)
  void checkInBackground() {
    Thread thread = new Thread(this::check, "search-index-check");
    thread.setDaemon(true);
    thread.start();
  }

  /** Re-indexes what differs; answers how many (entity, tenant) pairs were rebuilt. */
  int check() {
    int rebuilt = 0;
    List<String> tenants = jdbc.sql("SELECT id FROM tenant").query(String.class).list();
    for (SearchIndexedEntity<?> indexed :
        Search.mapping(entityManagerFactory).allIndexedEntities()) {
      for (String tenant : tenants) {
        try {
          if (TenantContext.callAs(tenant, () -> differs(indexed))
              && settled()
              && TenantContext.callAs(tenant, () -> differs(indexed))) {
            log.info("Re-indexing {} of tenant {}", indexed.jpaName(), tenant);
            Search.mapping(entityManagerFactory)
                .scope(indexed.javaClass())
                .massIndexer(tenant)
                .startAndWait();
            rebuilt++;
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return rebuilt;
        } catch (RuntimeException e) {
          log.warn(
              "The index of {} for tenant {} could not be checked: {}",
              indexed.jpaName(),
              tenant,
              e.toString());
        }
      }
    }
    return rebuilt;
  }

  /**
   * A row committed a moment ago may not be in the index yet (it is written after the commit): only
   * a difference that lasts is a lost index.
   */
  private boolean settled() throws InterruptedException {
    Thread.sleep(SETTLE.toMillis());
    return true;
  }

  private boolean differs(SearchIndexedEntity<?> indexed) {
    return Boolean.TRUE.equals(
        transactions.execute(
            status -> {
              long rows =
                  entityManager
                      .createQuery("SELECT COUNT(e) FROM " + indexed.jpaName() + " e", Long.class)
                      .getSingleResult();
              long documents =
                  Search.session(entityManager)
                      .search(indexed.javaClass())
                      .where(f -> f.matchAll())
                      .fetchTotalHitCount();
              return rows != documents;
            }));
  }
}
