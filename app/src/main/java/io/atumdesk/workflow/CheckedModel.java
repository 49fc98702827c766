package io.atumdesk.workflow;

import java.util.List;

/**
 * A process model as the workflow engine reads it: its key, what stops it from being deployed
 * (Flowable's validation, the model rules, unreachable elements) and what it names elsewhere.
 */
public record CheckedModel(
    String processKey, List<ModelProblem> problems, List<ModelReference> references) {

  public CheckedModel {
    problems = List.copyOf(problems);
    references = List.copyOf(references);
  }
}
