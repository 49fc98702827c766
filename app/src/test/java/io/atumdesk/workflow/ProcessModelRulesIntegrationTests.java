package io.atumdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The model rules accept the shipped models and name every element that breaks them. */
@IntegrationTest
class ProcessModelRulesIntegrationTests {

  static final String BREAKS_EVERY_RULE =
      """
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                   xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                   xmlns:flowable="http://flowable.org/bpmn" targetNamespace="test">
        <process id="rogue" isExecutable="true">
          <startEvent id="start">
            <extensionElements>
              <flowable:executionListener event="start" class="java.lang.Object"/>
            </extensionElements>
          </startEvent>
          <sequenceFlow id="toScript" sourceRef="start" targetRef="runScript"/>
          <scriptTask id="runScript" scriptFormat="groovy"><script>System.exit(0)</script></scriptTask>
          <sequenceFlow id="toJava" sourceRef="runScript" targetRef="callJava"/>
          <serviceTask id="callJava" flowable:class="java.lang.Object"/>
          <sequenceFlow id="toBean" sourceRef="callJava" targetRef="callBean"/>
          <serviceTask id="callBean" flowable:expression="${userAccounts.deleteAll()}"/>
          <sequenceFlow id="toUnknown" sourceRef="callBean" targetRef="unknownAction"/>
          <serviceTask id="unknownAction" flowable:delegateExpression="${action}">
            <extensionElements><flowable:field name="action" stringValue="formatDisk"/></extensionElements>
          </serviceTask>
          <sequenceFlow id="toMissing" sourceRef="unknownAction" targetRef="missingParameter"/>
          <serviceTask id="missingParameter" flowable:delegateExpression="${action}">
            <extensionElements><flowable:field name="action" stringValue="evaluateDecision"/></extensionElements>
          </serviceTask>
          <sequenceFlow id="toWork" sourceRef="missingParameter" targetRef="work"/>
          <userTask id="work" flowable:candidateGroups="${people.allGroups()}"/>
          <sequenceFlow id="sneaky" sourceRef="work" targetRef="everyone">
            <conditionExpression xsi:type="tFormalExpression">${execution.getVariable('x') == 1}</conditionExpression>
          </sequenceFlow>
          <userTask id="everyone" flowable:assignee="${member}">
            <multiInstanceLoopCharacteristics isSequential="false"
                flowable:collection="${people.allUsers()}" flowable:elementVariable="member">
              <completionCondition>${nrOfCompletedInstances/nrOfInstances >= 0.5}</completionCondition>
            </multiInstanceLoopCharacteristics>
          </userTask>
          <sequenceFlow id="toEnd" sourceRef="everyone" targetRef="end"/>
          <endEvent id="end"/>
        </process>
      </definitions>""";

  @Autowired ProcessModelRules rules;

  @Test
  void acceptsEveryShippedModel() throws IOException {
    var models =
        new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn20.xml");
    assertThat(models).hasSizeGreaterThanOrEqualTo(4);
    for (var model : models) {
      byte[] xml = model.getInputStream().readAllBytes();
      assertThat(rules.check(ShippedProcesses.parse(model.getFilename(), xml)))
          .as(model.getFilename())
          .isEmpty();
    }
  }

  @Test
  void namesEveryElementThatBreaksARule() {
    var problems =
        rules.check(
            ShippedProcesses.parse(
                "rogue.bpmn20.xml", BREAKS_EVERY_RULE.getBytes(StandardCharsets.UTF_8)));

    assertThat(problems)
        .extracting(ProcessModelRules.Problem::elementId)
        .contains(
            "start",
            "runScript",
            "callJava",
            "callBean",
            "unknownAction",
            "missingParameter",
            "work",
            "sneaky",
            "everyone");
    assertThat(problems.toString())
        .contains("script tasks are not allowed")
        .contains("unknown action 'formatDisk'")
        .contains("needs parameter 'decision'")
        .contains("is not a safe expression")
        .contains("everyone: collection '${people.allUsers()}'")
        .contains("everyone: completion condition");
  }

  @Test
  void refusesCalledProcessesAndLoopsThatWouldEvaluateExpressions() {
    String model =
        """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                     xmlns:flowable="http://flowable.org/bpmn" targetNamespace="test">
          <process id="caller" isExecutable="true">
            <startEvent id="start"/>
            <sequenceFlow id="toCall" sourceRef="start" targetRef="callAny"/>
            <callActivity id="callAny" calledElement="${processes.pick()}"
                          flowable:businessKey="${ticket.key()}">
              <extensionElements>
                <flowable:in sourceExpression="${userAccounts.findAll()}" target="all"/>
              </extensionElements>
              <multiInstanceLoopCharacteristics isSequential="false"
                  flowable:collection="${items.subList(0, 1)}" flowable:elementVariable="item">
                <completionCondition>${nrOfCompletedInstances.intValue() > 1}</completionCondition>
              </multiInstanceLoopCharacteristics>
            </callActivity>
            <sequenceFlow id="toEnd" sourceRef="callAny" targetRef="end"/>
            <endEvent id="end"/>
          </process>
        </definitions>""";

    var problems =
        rules.check(
            ShippedProcesses.parse("caller.bpmn20.xml", model.getBytes(StandardCharsets.UTF_8)));

    assertThat(problems.toString())
        .contains("called element '${processes.pick()}' is not a safe expression")
        .contains("business key expressions are not allowed")
        .contains("variables pass by name")
        .contains("collection '${items.subList(0, 1)}' is not a safe expression")
        .contains("completion condition '${nrOfCompletedInstances.intValue() > 1}' is not a safe");
  }
}
