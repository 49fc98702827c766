package io.atumdesk.workflow;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.flowable.bpmn.model.AdhocSubProcess;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.EventSubProcess;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowElementsContainer;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.SubProcess;

/**
 * Finds the steps no token can reach: in each process or sub-process, what is not on a path of
 * sequence flows from one of its start events (boundary events count once their activity is
 * reached; event sub-processes start by themselves). Read from sourceRef and targetRef.
 */
final class Reachability {

  private Reachability() {}

  static List<ModelProblem> unreachable(FlowElementsContainer container) {
    Set<String> reached = reached(container);
    var problems = new java.util.ArrayList<ModelProblem>();
    for (FlowElement element : container.getFlowElements()) {
      if (element instanceof FlowNode && !reached.contains(element.getId())) {
        problems.add(new ModelProblem(element.getId(), "cannot be reached from a start event"));
      }
      if (element instanceof SubProcess sub && !(sub instanceof AdhocSubProcess)) {
        problems.addAll(unreachable(sub));
      }
    }
    return problems;
  }

  private static Set<String> reached(FlowElementsContainer container) {
    Deque<String> next = new ArrayDeque<>();
    for (FlowElement element : container.getFlowElements()) {
      if (element instanceof StartEvent || element instanceof EventSubProcess) {
        next.add(element.getId());
      }
    }
    Set<String> reached = new HashSet<>();
    while (!next.isEmpty()) {
      String id = next.pop();
      if (!reached.add(id)) {
        continue;
      }
      for (FlowElement element : container.getFlowElements()) {
        if (element instanceof SequenceFlow flow && id.equals(flow.getSourceRef())) {
          next.add(flow.getTargetRef());
        } else if (element instanceof BoundaryEvent boundary
            && boundary.getAttachedToRefId() != null
            && id.equals(boundary.getAttachedToRefId())) {
          next.add(boundary.getId());
        }
      }
    }
    return reached;
  }
}
