package io.atumdesk.assist.triage;

import io.atumdesk.core.TenantContext;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Each tenant's current model, kept in memory (the demo tenant's is 1.6 MB, most of it the
 * familiarity sample) and stored in the database (ADR 0031), so that the nodes share one model and
 * a restart does not retrain. A node looks for a newer stored model of a tenant it serves at most
 * every {@code reload-check}, and loads it; so a model trained on any node (by the Quartz job,
 * which runs on one node of the cluster, or on demand) reaches all of them. A tenant without a
 * model, or with one older than {@code retrain-every}, gets one trained in the background while
 * requests are answered with what is there (at first: nothing, confidence 0). All loading and
 * training in the background happens on one thread, off every request.
 */
@Component
public class TriageModels {

  private static final Logger log = LoggerFactory.getLogger(TriageModels.class);

  private final TrainingExamples examples;
  private final LateSuggestions late;
  private final TriageModelStore store;
  private final TriageProperties properties;
  private final Clock clock;
  private final Map<String, TriageModel> models = new ConcurrentHashMap<>();
  // When each tenant's stored row was last looked at by this node.
  private final Map<String, Instant> checked = new ConcurrentHashMap<>();
  private final Set<String> pending = ConcurrentHashMap.newKeySet();
  private final ExecutorService trainer =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "triage-trainer");
            thread.setDaemon(true);
            return thread;
          });

  TriageModels(
      TrainingExamples examples,
      LateSuggestions late,
      TriageModelStore store,
      TriageProperties properties,
      Clock clock) {
    this.examples = examples;
    this.late = late;
    this.store = store;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * The tenant's model if this node has one; looks for a newer stored one when the last look is
   * {@code reload-check} ago, and has one trained when it is missing or old (in the background).
   */
  Optional<TriageModel> current(String tenantId) {
    TriageModel model = models.get(tenantId);
    if (model == null || isOld(model) || checkDue(tenantId)) {
      refreshLater(tenantId);
    }
    return Optional.ofNullable(model);
  }

  /** Trains the tenant's model now, from its tickets (and the corpus for demo tenants). */
  TriageModel retrain(String tenantId, String trainedBy) {
    long started = System.nanoTime();
    var labelled = examples.of(tenantId);
    // At the database's precision, so the stored row's time and the model's are equal.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    TriageModel model = TriageModel.train(labelled, SoftmaxRegression.Settings.DEFAULT, now);
    keep(tenantId, model);
    checked.put(tenantId, clock.instant());
    try {
      store.save(tenantId, model, trainedBy);
    } catch (RuntimeException e) {
      // Another node stored one at the same moment; each keeps its own until the next check.
      log.warn("The triage model of tenant {} was not stored", tenantId, e);
    }
    suggestLate(tenantId, model);
    log.info(
        "Triage model of tenant {} trained on {} examples in {} ms ({})",
        tenantId,
        model.examples(),
        Duration.ofNanos(System.nanoTime() - started).toMillis(),
        trainedBy);
    return model;
  }

  /**
   * Loads a stored model newer than this node's, then trains one if there still is none or it is
   * old; a stored model that cannot be read is replaced by a new one.
   */
  void refresh(String tenantId) {
    checked.put(tenantId, clock.instant());
    TriageModel model = models.get(tenantId);
    Optional<Instant> stored = store.trainedAt(tenantId);
    if (stored.isPresent() && (model == null || stored.get().isAfter(model.trainedAt()))) {
      long started = System.nanoTime();
      Optional<TriageModel> loaded = store.load(tenantId);
      if (loaded.isEmpty()) {
        retrain(tenantId, "background: stored model unreadable");
        return;
      }
      keep(tenantId, loaded.get());
      log.info(
          "Triage model of tenant {} trained at {} loaded in {} ms",
          tenantId,
          loaded.get().trainedAt(),
          Duration.ofNanos(System.nanoTime() - started).toMillis());
      if (model == null) {
        // Tickets raised here before this node had a model get their suggestions now.
        suggestLate(tenantId, loaded.get());
      }
      model = loaded.get();
    }
    if (model == null) {
      retrain(tenantId, "background: no model");
    } else if (isOld(model)) {
      retrain(tenantId, "background: older than retrain-every");
    }
  }

  /** Forgets this node's copy of the tenant's model, as if the node had just started. */
  void forget(String tenantId) {
    models.remove(tenantId);
    checked.remove(tenantId);
  }

  /** Keeps the newer of the two, should a load and a training on demand cross. */
  private void keep(String tenantId, TriageModel model) {
    models.merge(
        tenantId, model, (old, fresh) -> old.trainedAt().isAfter(fresh.trainedAt()) ? old : fresh);
  }

  private void suggestLate(String tenantId, TriageModel model) {
    try {
      TenantContext.callAs(tenantId, () -> late.suggest(tenantId, model));
    } catch (RuntimeException e) {
      // Another node may be writing the same tickets' suggestions; the card shows theirs then.
      log.warn("Suggestions for the open tickets of tenant {} were not written", tenantId, e);
    }
  }

  /**
   * The demo tenants' models are wanted from the first ticket on: load the stored ones at once, or
   * start learning.
   */
  @EventListener(ApplicationReadyEvent.class)
  void warmUp() {
    properties.corpusTenants().forEach(this::refreshLater);
  }

  /**
   * The scheduled retraining (on one node of the cluster): every tenant with a stored model or one
   * here, and the corpus tenants. The other nodes load the new models at their next check.
   */
  void retrainAll() {
    Set<String> tenants = new TreeSet<>(models.keySet());
    tenants.addAll(store.tenants());
    tenants.addAll(properties.corpusTenants());
    for (String tenantId : tenants) {
      try {
        retrain(tenantId, "schedule");
      } catch (RuntimeException e) {
        log.warn("Training the triage model of tenant {} failed", tenantId, e);
      }
    }
  }

  private void refreshLater(String tenantId) {
    if (!pending.add(tenantId)) {
      return;
    }
    trainer.execute(
        () -> {
          try {
            refresh(tenantId);
          } catch (RuntimeException e) {
            log.warn("Loading or training the triage model of tenant {} failed", tenantId, e);
          } finally {
            pending.remove(tenantId);
          }
        });
  }

  private boolean checkDue(String tenantId) {
    Instant last = checked.get(tenantId);
    return last == null || !last.plus(properties.reloadCheck()).isAfter(clock.instant());
  }

  private boolean isOld(TriageModel model) {
    return model.trainedAt().plus(properties.retrainEvery()).isBefore(clock.instant());
  }

  @PreDestroy
  void stop() {
    trainer.shutdownNow();
  }
}
