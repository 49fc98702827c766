package io.atumdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atumdesk.IntegrationTest;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Expressions in a model reach process variables and the action dispatcher, no other bean. */
@IntegrationTest
class ModelSandboxIntegrationTests {

  static final String REACHES_FOR_A_BEAN =
      """
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                   xmlns:flowable="http://flowable.org/bpmn" targetNamespace="test">
        <process id="sandboxProbe" isExecutable="true">
          <startEvent id="start"/>
          <sequenceFlow id="toProbe" sourceRef="start" targetRef="probe"/>
          <serviceTask id="probe" flowable:expression="${userAccounts.findAll()}"/>
          <sequenceFlow id="toEnd" sourceRef="probe" targetRef="end"/>
          <endEvent id="end"/>
        </process>
      </definitions>""";

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;

  @Test
  void aModelCannotCallApplicationBeans() {
    var deployment =
        repository
            .createDeployment()
            .tenantId("sandbox-test")
            .addString("sandbox-probe.bpmn20.xml", REACHES_FOR_A_BEAN)
            .deploy();
    try {
      assertThatThrownBy(
              () -> runtime.startProcessInstanceByKeyAndTenantId("sandboxProbe", "sandbox-test"))
          .isInstanceOf(FlowableException.class)
          .hasMessageContaining("userAccounts");
      assertThat(
              runtime.createProcessInstanceQuery().processInstanceTenantId("sandbox-test").count())
          .isZero();
    } finally {
      repository.deleteDeployment(deployment.getId(), true);
    }
  }
}
