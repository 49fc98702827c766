package io.atumdesk.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.flowable.bpmn.model.Activity;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.CallActivity;
import org.flowable.bpmn.model.Event;
import org.flowable.bpmn.model.FieldExtension;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.IOParameter;
import org.flowable.bpmn.model.ImplementationType;
import org.flowable.bpmn.model.ScriptTask;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;
import org.flowable.validation.ProcessValidatorFactory;
import org.springframework.stereotype.Component;

/**
 * The rules every model must pass before it is deployed (architecture rule 1): Java is reached only
 * through named actions, no script or listener runs, and every expression is one of a few safe
 * forms over process variables — never a method call. Flowable's own validation runs first. Written
 * here because Flowable validates structure, not what an expression may reach.
 */
@Component
class ProcessModelRules {

  private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";
  private static final String LITERAL = "'[^'\\\\$#{}]*'|true|false|-?\\d+";
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{\\s*" + NAME + "\\s*}");
  private static final Pattern CONDITION =
      Pattern.compile("\\$\\{\\s*(!\\s*)?" + NAME + "\\s*(?:(==|!=)\\s*(?:" + LITERAL + ")\\s*)?}");

  private final Map<String, ProcessAction> actions;

  ProcessModelRules(List<ProcessAction> actions) {
    this.actions =
        actions.stream().collect(Collectors.toMap(ProcessAction::name, Function.identity()));
  }

  /** A problem at one element of a model. */
  record Problem(String elementId, String message) {
    @Override
    public String toString() {
      return elementId + ": " + message;
    }
  }

  List<Problem> check(BpmnModel model) {
    List<Problem> problems = new ArrayList<>();
    new ProcessValidatorFactory()
        .createDefaultProcessValidator().validate(model).stream()
            .filter(error -> !error.isWarning())
            .forEach(
                error ->
                    problems.add(
                        new Problem(
                            error.getActivityId() != null
                                ? error.getActivityId()
                                : String.valueOf(error.getProcessDefinitionId()),
                            error.getDefaultDescription())));
    model
        .getProcesses()
        .forEach(
            process -> {
              TextRules.check(process.getId(), process.getName(), process.getDocumentation())
                  .forEach(problems::add);
              process
                  .findFlowElementsOfType(FlowElement.class, true)
                  .forEach(e -> check(e, problems));
            });
    return problems;
  }

  private void check(FlowElement element, List<Problem> problems) {
    TextRules.check(element.getId(), element.getName(), element.getDocumentation())
        .forEach(problems::add);
    TextRules.forbiddenKind(element).ifPresent(problems::add);
    TextRules.olaTarget(element).ifPresent(problems::add);
    if (!element.getExecutionListeners().isEmpty()) {
      problems.add(
          new Problem(
              element.getId(),
              "execution listeners are not allowed; use a service task with an action"));
    }
    if (element instanceof ScriptTask) {
      problems.add(
          new Problem(
              element.getId(), "script tasks are not allowed; use a service task with an action"));
    } else if (element instanceof ServiceTask task) {
      checkServiceTask(task, problems);
    } else if (element instanceof UserTask task) {
      checkUserTask(task, problems);
    } else if (element instanceof CallActivity call) {
      checkCallActivity(call, problems);
    } else if (element instanceof SequenceFlow flow && flow.getConditionExpression() != null) {
      safe(flow.getId(), "condition", flow.getConditionExpression(), CONDITION, problems);
    }
    if (element instanceof Activity activity && activity.getLoopCharacteristics() != null) {
      checkMultiInstance(activity, problems);
    }
    String skip =
        element instanceof ServiceTask task
            ? task.getSkipExpression()
            : element instanceof UserTask task
                ? task.getSkipExpression()
                : element instanceof SequenceFlow flow ? flow.getSkipExpression() : null;
    if (skip != null) {
      problems.add(new Problem(element.getId(), "skip expressions are not allowed"));
    }
    if (element instanceof Event event) {
      for (var definition : event.getEventDefinitions()) {
        if (definition instanceof org.flowable.bpmn.model.ConditionalEventDefinition conditional) {
          safe(
              element.getId(),
              "condition",
              String.valueOf(conditional.getConditionExpression()),
              CONDITION,
              problems);
        }
        if (definition instanceof TimerEventDefinition timer) {
          String[] kinds = {"duration", "date", "cycle"};
          String[] values = {timer.getTimeDuration(), timer.getTimeDate(), timer.getTimeCycle()};
          for (int i = 0; i < values.length; i++) {
            String value = values[i];
            if (value != null && (value.contains("$") || value.contains("#"))) {
              safe(element.getId(), "timer", value, VARIABLE, problems);
            } else if (value != null) {
              IsoTimer.problem(kinds[i], value)
                  .ifPresent(why -> problems.add(new Problem(element.getId(), why)));
            }
          }
        }
      }
    }
  }

  private void checkServiceTask(ServiceTask task, List<Problem> problems) {
    boolean viaDispatcher =
        ImplementationType.IMPLEMENTATION_TYPE_DELEGATEEXPRESSION.equals(
                task.getImplementationType())
            && ("${" + ActionDispatcher.BEAN_NAME + "}").equals(task.getImplementation());
    if (task.getType() != null || !viaDispatcher) {
      problems.add(
          new Problem(
              task.getId(),
              "service tasks call a named action: delegateExpression ${action} with an 'action' field"));
      return;
    }
    Map<String, String> fields =
        task.getFieldExtensions().stream()
            .collect(
                Collectors.toMap(
                    FieldExtension::getFieldName,
                    f -> String.valueOf(f.getStringValue()),
                    (a, b) -> b));
    ProcessAction action = actions.get(fields.get(ActionDispatcher.ACTION_FIELD));
    if (action == null) {
      problems.add(
          new Problem(
              task.getId(), "unknown action '" + fields.get(ActionDispatcher.ACTION_FIELD) + "'"));
      return;
    }
    action.requiredParameters().stream()
        .filter(parameter -> !fields.containsKey(parameter))
        .forEach(
            parameter ->
                problems.add(
                    new Problem(
                        task.getId(),
                        "action " + action.name() + " needs parameter '" + parameter + "'")));
    task.getFieldExtensions().stream()
        .filter(field -> field.getExpression() != null)
        .forEach(
            field ->
                problems.add(
                    new Problem(
                        task.getId(),
                        "parameter '" + field.getFieldName() + "' must be a plain value")));
  }

  /** A called process is named plainly or by one variable; data passes by variable name only. */
  private void checkCallActivity(CallActivity call, List<Problem> problems) {
    String called = call.getCalledElement();
    if (called != null && (called.contains("$") || called.contains("#"))) {
      safe(call.getId(), "called element", called, VARIABLE, problems);
    }
    if (call.getBusinessKey() != null) {
      problems.add(
          new Problem(call.getId(), "business key expressions are not allowed; inherit it"));
    }
    List<IOParameter> parameters = new ArrayList<>(call.getInParameters());
    parameters.addAll(call.getOutParameters());
    for (IOParameter parameter : parameters) {
      if (parameter.getSourceExpression() != null || parameter.getTargetExpression() != null) {
        problems.add(
            new Problem(
                call.getId(), "variables pass by name: use source and target, not expressions"));
      }
    }
  }

  /**
   * A multi-instance activity (a CAB's parallel votes) runs over a collection variable, a count
   * variable or number, and may stop early on a safe condition; no expression reaches further.
   */
  private static void checkMultiInstance(Activity activity, List<Problem> problems) {
    var loop = activity.getLoopCharacteristics();
    for (String collection : new String[] {loop.getInputDataItem(), loop.getCollectionString()}) {
      if (collection != null && (collection.contains("$") || collection.contains("#"))) {
        safe(activity.getId(), "collection", collection, VARIABLE, problems);
      }
    }
    String cardinality = loop.getLoopCardinality();
    if (cardinality != null && !cardinality.trim().matches("\\d+")) {
      safe(activity.getId(), "loop cardinality", cardinality, VARIABLE, problems);
    }
    if (loop.getCompletionCondition() != null) {
      safe(
          activity.getId(),
          "completion condition",
          loop.getCompletionCondition(),
          CONDITION,
          problems);
    }
    if (loop.getHandler() != null
        || (loop.getAggregations() != null
            && !loop.getAggregations().getAggregations().isEmpty())) {
      problems.add(
          new Problem(activity.getId(), "collection handlers and aggregations are not allowed"));
    }
  }

  private void checkUserTask(UserTask task, List<Problem> problems) {
    if (!task.getTaskListeners().isEmpty()) {
      problems.add(new Problem(task.getId(), "task listeners are not allowed"));
    }
    List<String> values = new ArrayList<>(task.getCandidateGroups());
    values.addAll(task.getCandidateUsers());
    values.add(task.getAssignee());
    values.add(task.getOwner());
    values.add(task.getDueDate());
    values.add(task.getPriority());
    values.add(task.getFormKey());
    values.add(task.getCategory());
    for (String value : values) {
      if (value != null && (value.contains("$") || value.contains("#"))) {
        safe(task.getId(), "assignment", value, VARIABLE, problems);
      }
    }
  }

  private static void safe(
      String elementId, String what, String expression, Pattern allowed, List<Problem> problems) {
    if (!allowed.matcher(expression.trim()).matches()) {
      problems.add(
          new Problem(
              elementId,
              what
                  + " '"
                  + expression.trim()
                  + "' is not a safe expression: use ${variable} or ${variable == 'value'}"));
    }
  }
}
