package io.atumdesk.assist.triage;

import io.atumdesk.core.TenantContext;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Each tenant's current model, kept in memory (a model is a few hundred kilobytes of weights plus
 * its familiarity sample). A tenant without a model, or with one older than {@code retrain-every},
 * gets one trained in the background while requests are answered with what is there (at first:
 * nothing, confidence 0); so on several nodes every node keeps its own model fresh, whichever of
 * them runs the scheduled job.
 */
@Component
public class TriageModels {

  private static final Logger log = LoggerFactory.getLogger(TriageModels.class);

  private final TrainingExamples examples;
  private final LateSuggestions late;
  private final TriageProperties properties;
  private final Clock clock;
  private final Map<String, TriageModel> models = new ConcurrentHashMap<>();
  private final Set<String> training = ConcurrentHashMap.newKeySet();
  private final ExecutorService trainer =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "triage-trainer");
            thread.setDaemon(true);
            return thread;
          });

  TriageModels(
      TrainingExamples examples, LateSuggestions late, TriageProperties properties, Clock clock) {
    this.examples = examples;
    this.late = late;
    this.properties = properties;
    this.clock = clock;
  }

  /** The tenant's model if one is trained; starts training one when it is missing or old. */
  Optional<TriageModel> current(String tenantId) {
    TriageModel model = models.get(tenantId);
    if (model == null || isOld(model)) {
      trainLater(tenantId);
    }
    return Optional.ofNullable(model);
  }

  /** Trains the tenant's model now, from its tickets (and the corpus for demo tenants). */
  TriageModel retrain(String tenantId) {
    long started = System.nanoTime();
    var labelled = examples.of(tenantId);
    TriageModel model =
        TriageModel.train(labelled, SoftmaxRegression.Settings.DEFAULT, clock.instant());
    models.put(tenantId, model);
    suggestLate(tenantId, model);
    log.info(
        "Triage model of tenant {} trained on {} examples in {} ms",
        tenantId,
        model.examples(),
        Duration.ofNanos(System.nanoTime() - started).toMillis());
    return model;
  }

  private void suggestLate(String tenantId, TriageModel model) {
    try {
      TenantContext.callAs(tenantId, () -> late.suggest(tenantId, model));
    } catch (RuntimeException e) {
      // Another node may be writing the same tickets' suggestions; the card shows theirs then.
      log.warn("Suggestions for the open tickets of tenant {} were not written", tenantId, e);
    }
  }

  /** The demo tenants' models are wanted from the first ticket on: start learning at once. */
  @EventListener(ApplicationReadyEvent.class)
  void warmUp() {
    properties.corpusTenants().forEach(this::trainLater);
  }

  /** The scheduled retraining: every tenant with a model here, and the corpus tenants. */
  void retrainAll() {
    Set<String> tenants = new HashSet<>(models.keySet());
    tenants.addAll(properties.corpusTenants());
    tenants.forEach(this::retrain);
  }

  private void trainLater(String tenantId) {
    if (!training.add(tenantId)) {
      return;
    }
    trainer.execute(
        () -> {
          try {
            retrain(tenantId);
          } catch (RuntimeException e) {
            log.warn("Training the triage model of tenant {} failed", tenantId, e);
          } finally {
            training.remove(tenantId);
          }
        });
  }

  private boolean isOld(TriageModel model) {
    return model.trainedAt().plus(properties.retrainEvery()).isBefore(clock.instant());
  }

  @PreDestroy
  void stop() {
    trainer.shutdownNow();
  }
}
