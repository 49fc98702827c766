package io.atumdesk.workflow;

import io.atumdesk.workflow.ModelReference.Kind;
import java.util.ArrayList;
import java.util.List;
import org.flowable.bpmn.model.FieldExtension;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.UserTask;

/**
 * What a model names that other modules own: the forms of its steps, the groups that may take them,
 * the decision tables it evaluates. Values that are variables (${...}) are decided at run time and
 * are not listed.
 */
final class ModelReferences {

  private ModelReferences() {}

  static List<ModelReference> of(Process process) {
    List<ModelReference> references = new ArrayList<>();
    for (FlowElement element : process.findFlowElementsOfType(FlowElement.class, true)) {
      if (element instanceof UserTask task) {
        add(references, task.getId(), Kind.FORM, task.getFormKey());
        task.getCandidateGroups().forEach(g -> add(references, task.getId(), Kind.GROUP, g));
      } else if (element instanceof StartEvent start) {
        add(references, start.getId(), Kind.FORM, start.getFormKey());
      } else if (element instanceof ServiceTask task && decisionCall(task)) {
        add(references, task.getId(), Kind.DECISION, field(task, EvaluateDecisionAction.DECISION));
      }
    }
    return references;
  }

  private static boolean decisionCall(ServiceTask task) {
    return EvaluateDecisionAction.NAME.equals(field(task, ActionDispatcher.ACTION_FIELD));
  }

  private static String field(ServiceTask task, String name) {
    return task.getFieldExtensions().stream()
        .filter(f -> name.equals(f.getFieldName()))
        .map(FieldExtension::getStringValue)
        .findFirst()
        .orElse(null);
  }

  private static void add(List<ModelReference> references, String id, Kind kind, String value) {
    if (value != null && !value.isBlank() && !value.contains("$") && !value.contains("#")) {
      references.add(new ModelReference(id, kind, value.trim()));
    }
  }
}
