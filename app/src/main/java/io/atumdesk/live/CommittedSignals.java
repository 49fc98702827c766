package io.atumdesk.live;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Holds the signals a transaction causes and hands them to the fan-out only once it committed; a
 * rolled back transaction signals nothing. Each signal is worked out just before the commit, when
 * everything the transaction did to the ticket is known; identical signals go out once. A failure
 * here is logged and never breaks the transaction that caused it.
 */
@Component
class CommittedSignals {

  private static final Logger log = LoggerFactory.getLogger(CommittedSignals.class);
  private final FanOut fanOut;

  CommittedSignals(FanOut fanOut) {
    this.fanOut = fanOut;
  }

  void add(Supplier<Signal> signal) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      publish(evaluate(List.of(signal)));
      return;
    }
    TransactionSynchronizationManager.getSynchronizations().stream()
        .filter(Batch.class::isInstance)
        .map(Batch.class::cast)
        .findFirst()
        .orElseGet(this::register)
        .pending
        .add(signal);
  }

  private Batch register() {
    var batch = new Batch();
    TransactionSynchronizationManager.registerSynchronization(batch);
    return batch;
  }

  private static LinkedHashSet<Signal> evaluate(List<Supplier<Signal>> pending) {
    var signals = new LinkedHashSet<Signal>();
    for (var signal : pending) {
      try {
        signals.add(signal.get());
      } catch (RuntimeException e) {
        log.warn("Could not work out a live signal; pages will miss one update", e);
      }
    }
    return signals;
  }

  private void publish(Iterable<Signal> signals) {
    for (Signal signal : signals) {
      try {
        fanOut.publish(signal);
      } catch (RuntimeException e) {
        log.warn("Could not publish live signal {}", signal.event(), e);
      }
    }
  }

  /** The signals of one transaction. */
  private final class Batch implements TransactionSynchronization {

    private final List<Supplier<Signal>> pending = new ArrayList<>();
    private final LinkedHashSet<Signal> ready = new LinkedHashSet<>();

    @Override
    public void beforeCommit(boolean readOnly) {
      takePending();
    }

    @Override
    public void afterCommit() {
      takePending(); // anything another synchronization added after ours ran
      publish(ready);
    }

    private void takePending() {
      var taken = List.copyOf(pending);
      pending.clear();
      ready.addAll(evaluate(taken));
    }
  }
}
