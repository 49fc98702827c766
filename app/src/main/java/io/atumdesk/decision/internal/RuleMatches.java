package io.atumdesk.decision.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.kie.dmn.api.core.event.AfterEvaluateDecisionTableEvent;
import org.kie.dmn.api.core.event.DMNRuntimeEventListener;

/**
 * Captures which rules each evaluation selected.
 *
 * <p>One instance is registered once on every runtime before the runtime is shared; kie keeps
 * listeners in a plain set, so adding one per call would race. Kie evaluates on the caller's thread
 * and fires the table event there, so a thread-local collector keeps concurrent evaluations apart.
 */
final class RuleMatches implements DMNRuntimeEventListener {

  /** A rule the hit policy selected: the deciding node's name and the 1-based rule number. */
  record Selection(String decisionName, int index) {}

  /** The value an evaluation returned and the selections it made meanwhile. */
  record Captured<T>(T value, List<Selection> selections) {}

  private final ThreadLocal<List<Selection>> current = new ThreadLocal<>();

  <T> Captured<T> capture(Supplier<T> evaluation) {
    List<Selection> outer = current.get();
    List<Selection> selections = new ArrayList<>();
    current.set(selections);
    try {
      return new Captured<>(evaluation.get(), List.copyOf(selections));
    } finally {
      if (outer == null) {
        current.remove();
      } else {
        current.set(outer);
      }
    }
  }

  @Override
  public void afterEvaluateDecisionTable(AfterEvaluateDecisionTableEvent event) {
    List<Selection> selections = current.get();
    if (selections == null || event.getSelected() == null) {
      return;
    }
    for (Integer index : event.getSelected()) {
      selections.add(new Selection(event.getNodeName(), index));
    }
  }
}
