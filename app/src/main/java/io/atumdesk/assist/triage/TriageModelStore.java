package io.atumdesk.assist.triage;

import io.atumdesk.assist.TextEmbeddings;
import io.atumdesk.core.TenantContext;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tenants' triage models in the database, one current row each (ADR 0031). Every call runs as
 * the given tenant in a transaction of its own, whichever thread calls (a request, the trainer, a
 * Quartz job), so the {@code @TenantId} filter holds and no row is written as the root tenant.
 */
@Component
class TriageModelStore {

  private static final Logger log = LoggerFactory.getLogger(TriageModelStore.class);

  /** This node, as the rows name it: the JVM's "pid@host". */
  static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

  private final StoredTriageModels rows;
  private final JdbcClient jdbc;
  private final TextEmbeddings embeddings;
  private final TransactionTemplate reading;
  private final TransactionTemplate writing;

  TriageModelStore(
      StoredTriageModels rows,
      JdbcClient jdbc,
      TextEmbeddings embeddings,
      PlatformTransactionManager transactions) {
    this.rows = rows;
    this.jdbc = jdbc;
    this.embeddings = embeddings;
    this.writing = new TransactionTemplate(transactions);
    this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.reading = new TransactionTemplate(transactions);
    this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.reading.setReadOnly(true);
  }

  /** When the tenant's stored model was trained; empty when it has none. */
  Optional<Instant> trainedAt(String tenantId) {
    return as(tenantId, reading, rows::trainedAt);
  }

  /**
   * The tenant's stored model; empty when it has none or when it cannot be read (written by another
   * version, damaged, learnt on other vectors), which is logged: the caller trains a new one then.
   */
  Optional<TriageModel> load(String tenantId) {
    return as(tenantId, reading, rows::findFirstByOrderById).flatMap(row -> read(tenantId, row));
  }

  /** Stores the model as the tenant's current one, unless a newer one is stored already. */
  void save(String tenantId, TriageModel model, String trainedBy) {
    as(
        tenantId,
        writing,
        () ->
            rows.findFirstByOrderById()
                .map(
                    row -> {
                      if (row.trainedAt().isBefore(model.trainedAt())) {
                        row.replaceWith(model, trainedBy, NODE);
                      }
                      return row;
                    })
                .orElseGet(() -> rows.save(new StoredTriageModel(model, trainedBy, NODE))));
  }

  /**
   * The tenants that have a stored model. Across tenants on purpose: the scheduled retraining
   * serves them all, and reads nothing of theirs but the id.
   */
  List<String> tenants() {
    return jdbc.sql("SELECT tenant_id FROM triage_model").query(String.class).list();
  }

  private Optional<TriageModel> read(String tenantId, StoredTriageModel row) {
    try {
      TriageModel model = TriageModelFormat.read(row.model());
      if (model.sample().length > 0 && model.sample()[0].length != embeddings.dimension()) {
        throw new IOException("learnt on vectors of another length");
      }
      return Optional.of(model);
    } catch (IOException e) {
      log.warn(
          "The stored triage model of tenant {} (format {}) cannot be read: {}; a new one is"
              + " trained",
          tenantId,
          row.formatVersion(),
          e.getMessage());
      return Optional.empty();
    }
  }

  private static <T> T as(String tenantId, TransactionTemplate transaction, Supplier<T> work) {
    return TenantContext.callAs(tenantId, () -> transaction.execute(status -> work.get()));
  }
}
