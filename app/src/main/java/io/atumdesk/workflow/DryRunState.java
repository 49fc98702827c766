package io.atumdesk.workflow;

import java.time.Instant;
import java.util.List;

/**
 * A dry run as the studio shows it: the steps passed so far in order (flows included), what each
 * action did or would have done (decisions with their inputs and outputs), and the tasks waiting.
 */
public record DryRunState(
    String runId,
    String processKey,
    String definitionId,
    Instant startedAt,
    boolean finished,
    List<Step> path,
    List<ActionRun> actions,
    List<OpenTask> openTasks) {

  public DryRunState {
    path = List.copyOf(path);
    actions = List.copyOf(actions);
    openTasks = List.copyOf(openTasks);
  }

  /** A step (or flow) passed or reached; {@code done} once left. */
  public record Step(String elementId, String name, String type, boolean done) {}

  /** One action: ran (a decision) or not run because it would act on a ticket or send. */
  public record ActionRun(
      String elementId,
      String action,
      boolean ran,
      String summary,
      String inputs,
      String outputs) {}

  /** A user task waiting for the designer to complete it. */
  public record OpenTask(String taskId, String elementId, String name, String formKey) {}
}
