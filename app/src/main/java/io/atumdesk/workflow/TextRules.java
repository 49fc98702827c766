package io.atumdesk.workflow;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.flowable.bpmn.model.BusinessRuleTask;
import org.flowable.bpmn.model.ExtensionElement;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.SendTask;
import org.flowable.bpmn.model.UserTask;

/**
 * The model rules about what people write: names and documentation are plain text (Flowable would
 * evaluate an expression in a step's name), steps that run code other than our actions are refused,
 * and a user task's OLA ({@code <atum:ola target="PT4H" calendar="business-hours"/>}) has a
 * duration as its target, which {@link ProcessProgress} reads when the task opens.
 */
final class TextRules {

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{");

  private TextRules() {}

  static List<ProcessModelRules.Problem> check(String elementId, String name, String docs) {
    List<ProcessModelRules.Problem> problems = new ArrayList<>();
    if (name != null && EXPRESSION.matcher(name).find()) {
      problems.add(plainText(elementId, "name"));
    }
    if (docs != null && EXPRESSION.matcher(docs).find()) {
      problems.add(plainText(elementId, "documentation"));
    }
    return problems;
  }

  static Optional<ProcessModelRules.Problem> forbiddenKind(FlowElement element) {
    if (element instanceof BusinessRuleTask || element instanceof SendTask) {
      return Optional.of(
          new ProcessModelRules.Problem(
              element.getId(),
              element.getClass().getSimpleName()
                  + " is not allowed; use a service task with an action"));
    }
    return Optional.empty();
  }

  static Optional<ProcessModelRules.Problem> olaTarget(FlowElement element) {
    if (!(element instanceof UserTask task)) {
      return Optional.empty();
    }
    for (ExtensionElement ola :
        task.getExtensionElements().getOrDefault(ProcessProgress.OLA, List.of())) {
      String target = String.valueOf(ola.getAttributeValue(null, "target")).trim();
      try {
        Duration.parse(target);
      } catch (DateTimeParseException e) {
        return Optional.of(
            new ProcessModelRules.Problem(
                task.getId(),
                "OLA target '" + target + "' is not an ISO-8601 duration such as PT4H"));
      }
    }
    return Optional.empty();
  }

  private static ProcessModelRules.Problem plainText(String elementId, String what) {
    return new ProcessModelRules.Problem(
        elementId, what + " holds an expression (${...} or #{...}); it must be plain text");
  }
}
