package io.atumdesk.workflow;

import org.flowable.engine.RepositoryService;

/**
 * A small process for analytics tests: a user task, then an asynchronous service task whose action
 * fails for a process without a ticket (its job becomes a dead letter after three tries).
 */
public final class TriageModel {

  private static final String MODEL =
      """
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                   xmlns:flowable="http://flowable.org/bpmn"
                   xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                   xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                   xmlns:di="http://www.omg.org/spec/DD/20100524/DI" targetNamespace="test">
        <process id="%1$s" isExecutable="true">
          <startEvent id="start"/>
          <sequenceFlow id="toTriage" sourceRef="start" targetRef="triage"/>
          <userTask id="triage" name="Triage" flowable:candidateGroups="service-desk"/>
          <sequenceFlow id="toReopen" sourceRef="triage" targetRef="reopen"/>
          <serviceTask id="reopen" name="Reopen" flowable:async="true"
                       flowable:delegateExpression="${action}">
            <extensionElements><flowable:field name="action" stringValue="reopenTicket"/></extensionElements>
          </serviceTask>
          <sequenceFlow id="toEnd" sourceRef="reopen" targetRef="end"/>
          <endEvent id="end"/>
        </process>
        <bpmndi:BPMNDiagram id="diagram">
          <bpmndi:BPMNPlane id="plane" bpmnElement="%1$s">
            <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="100" y="102" width="36" height="36"/></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="triage_di" bpmnElement="triage"><dc:Bounds x="190" y="80" width="100" height="80"/></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="reopen_di" bpmnElement="reopen"><dc:Bounds x="350" y="80" width="100" height="80"/></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="end_di" bpmnElement="end"><dc:Bounds x="510" y="102" width="36" height="36"/></bpmndi:BPMNShape>
            <bpmndi:BPMNEdge id="toTriage_di" bpmnElement="toTriage"><di:waypoint x="136" y="120"/><di:waypoint x="190" y="120"/></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="toReopen_di" bpmnElement="toReopen"><di:waypoint x="290" y="120"/><di:waypoint x="350" y="120"/></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="toEnd_di" bpmnElement="toEnd"><di:waypoint x="450" y="120"/><di:waypoint x="510" y="120"/></bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane>
        </bpmndi:BPMNDiagram>
      </definitions>""";

  private TriageModel() {}

  /** Deploys the model as {@code processKey} for the tenant; returns the deployment's id. */
  public static String deploy(RepositoryService repository, String tenantId, String processKey) {
    return repository
        .createDeployment()
        .tenantId(tenantId)
        .addString(processKey + ".bpmn20.xml", MODEL.formatted(processKey))
        .deploy()
        .getId();
  }
}
