package io.atumdesk.workflow;

import io.atumdesk.core.InvalidInputException;
import io.atumdesk.workflow.ModelDiff.Change;
import io.atumdesk.workflow.ModelDiff.ChangedElement;
import io.atumdesk.workflow.ModelDiff.Element;
import java.beans.Introspector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.flowable.bpmn.model.Activity;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.CallActivity;
import org.flowable.bpmn.model.Event;
import org.flowable.bpmn.model.EventDefinition;
import org.flowable.bpmn.model.ExtensionElement;
import org.flowable.bpmn.model.FieldExtension;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.Gateway;
import org.flowable.bpmn.model.MessageEventDefinition;
import org.flowable.bpmn.model.MultiInstanceLoopCharacteristics;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.SignalEventDefinition;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;
import org.springframework.stereotype.Component;

/**
 * Compares two models of a process over Flowable's parsed model, not the XML text: moving a shape
 * or reordering attributes is no change, a different candidate group, form, action parameter,
 * condition, timer or flow end is. Callers check who may and that the XML is safe; the parse here
 * takes no DTD either way.
 */
@Component
public class ModelDiffs {

  public ModelDiff diff(byte[] before, byte[] after) {
    Map<String, FlowElement> old = elements(before);
    Map<String, FlowElement> now = elements(after);
    List<Element> added = new ArrayList<>();
    List<Element> removed = new ArrayList<>();
    List<ChangedElement> changed = new ArrayList<>();
    for (FlowElement element : now.values()) {
      FlowElement was = old.get(element.getId());
      if (was == null) {
        added.add(element(element));
        continue;
      }
      Map<String, String> a = attributes(was);
      Map<String, String> b = attributes(element);
      Set<String> names = new LinkedHashSet<>(a.keySet());
      names.addAll(b.keySet());
      List<Change> changes = new ArrayList<>();
      for (String name : names) {
        if (!Objects.equals(a.get(name), b.get(name))) {
          changes.add(new Change(name, a.get(name), b.get(name)));
        }
      }
      if (!changes.isEmpty()) {
        changed.add(new ChangedElement(element.getId(), type(element), element.getName(), changes));
      }
    }
    old.values().stream()
        .filter(e -> !now.containsKey(e.getId()))
        .forEach(e -> removed.add(element(e)));
    return new ModelDiff(added, removed, changed);
  }

  private static Map<String, FlowElement> elements(byte[] xml) {
    BpmnModel model;
    try {
      model = ProcessModelCheck.parse(xml);
    } catch (XMLStreamException | RuntimeException e) {
      throw new InvalidInputException("xml", "is not a BPMN 2.0 model: " + e.getMessage());
    }
    Map<String, FlowElement> byId = new LinkedHashMap<>();
    model
        .getProcesses()
        .forEach(
            p ->
                p.findFlowElementsOfType(FlowElement.class, true)
                    .forEach(e -> byId.put(e.getId(), e)));
    return byId;
  }

  private static Element element(FlowElement e) {
    return new Element(e.getId(), type(e), e.getName());
  }

  /** userTask, serviceTask, sequenceFlow, ... as in the XML. */
  static String type(FlowElement e) {
    return Introspector.decapitalize(e.getClass().getSimpleName());
  }

  /** What the engine does differently when it differs; null and blank values are left out. */
  private static Map<String, String> attributes(FlowElement e) {
    Map<String, String> a = new LinkedHashMap<>();
    put(a, "type", type(e));
    put(a, "name", e.getName());
    put(a, "documentation", e.getDocumentation());
    if (e instanceof UserTask t) {
      put(a, "assignee", t.getAssignee());
      put(a, "candidateGroups", String.join(",", t.getCandidateGroups()));
      put(a, "candidateUsers", String.join(",", t.getCandidateUsers()));
      put(a, "form", t.getFormKey());
      put(a, "status", t.getCategory());
      put(a, "dueDate", t.getDueDate());
      put(a, "priority", t.getPriority());
    }
    if (e instanceof ServiceTask t) {
      put(a, "implementation", t.getImplementation());
      for (FieldExtension f : t.getFieldExtensions()) {
        String value = f.getStringValue() != null ? f.getStringValue() : f.getExpression();
        put(
            a,
            f.getFieldName().equals("action") ? "action" : "parameter " + f.getFieldName(),
            value);
      }
    }
    if (e instanceof SequenceFlow f) {
      put(a, "source", f.getSourceRef());
      put(a, "target", f.getTargetRef());
      put(a, "condition", f.getConditionExpression());
    }
    if (e instanceof Activity activity) {
      put(a, "defaultFlow", activity.getDefaultFlow());
      MultiInstanceLoopCharacteristics loop = activity.getLoopCharacteristics();
      if (loop != null) {
        put(
            a,
            "multiInstance",
            "%s over %s as %s, cardinality %s, completion %s"
                .formatted(
                    loop.isSequential() ? "sequential" : "parallel",
                    loop.getInputDataItem(),
                    loop.getElementVariable(),
                    loop.getLoopCardinality(),
                    loop.getCompletionCondition()));
      }
    }
    if (e instanceof Gateway g) {
      put(a, "defaultFlow", g.getDefaultFlow());
    }
    if (e instanceof CallActivity c) {
      put(a, "calledProcess", c.getCalledElement());
    }
    if (e instanceof BoundaryEvent b) {
      put(a, "attachedTo", b.getAttachedToRefId());
      put(a, "interrupting", String.valueOf(b.isCancelActivity()));
    }
    if (e instanceof Event event) {
      for (EventDefinition definition : event.getEventDefinitions()) {
        if (definition instanceof TimerEventDefinition timer) {
          put(a, "timer", timer(timer));
        } else if (definition instanceof MessageEventDefinition message) {
          put(a, "message", message.getMessageRef());
        } else if (definition instanceof SignalEventDefinition signal) {
          put(a, "signal", signal.getSignalRef());
        }
      }
    }
    List<ExtensionElement> ola = e.getExtensionElements().get(ProcessProgress.OLA);
    if (ola != null && !ola.isEmpty()) {
      put(
          a,
          "ola",
          ola.get(0).getAttributeValue(null, "target")
              + " "
              + Objects.requireNonNullElse(ola.get(0).getAttributeValue(null, "calendar"), "24x7"));
    }
    return a;
  }

  private static String timer(TimerEventDefinition timer) {
    if (timer.getTimeDuration() != null) {
      return "after " + timer.getTimeDuration();
    }
    if (timer.getTimeDate() != null) {
      return "at " + timer.getTimeDate();
    }
    return "every " + timer.getTimeCycle();
  }

  private static void put(Map<String, String> attributes, String name, String value) {
    if (value != null && !value.isBlank()) {
      attributes.put(name, value.strip());
    }
  }
}
