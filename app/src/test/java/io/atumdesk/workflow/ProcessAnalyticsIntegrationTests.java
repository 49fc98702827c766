package io.atumdesk.workflow;

import static io.atumdesk.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.Api;
import io.atumdesk.IntegrationTest;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A version's figures come from Flowable's history of the caller's tenant: three tickets entered a
 * step and one left it, a path was taken once, and a step whose job failed three times is a dead
 * letter a designer can send again. Another tenant's version is not found; agents are refused.
 */
@IntegrationTest
class ProcessAnalyticsIntegrationTests {

  static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
  static final String KEY = "analytics" + RUN;
  @LocalServerPort int port;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  String acmeDeployment;
  String definitionId;

  @BeforeEach
  void deployForAcme() {
    acmeDeployment = TriageModel.deploy(repository, "acme", KEY);
    definitionId =
        repository
            .createProcessDefinitionQuery()
            .deploymentId(acmeDeployment)
            .singleResult()
            .getId();
  }

  @AfterEach
  void undeploy() {
    repository.deleteDeployment(acmeDeployment, true);
  }

  @Test
  void countsWaitingTicketsTimesAndPathsOfTheVersion() {
    for (int i = 1; i <= 3; i++) {
      runtime.startProcessInstanceByKeyAndTenantId(KEY, "INC-A" + RUN + i, "acme");
    }
    String first =
        tasks
            .createTaskQuery()
            .processDefinitionId(definitionId)
            .processInstanceBusinessKey("INC-A" + RUN + "1")
            .singleResult()
            .getId();
    tasks.complete(first);

    JsonNode figures = designer().get("/api/v1/studio/analytics/" + definitionId).json();

    JsonNode triage = activity(figures, "triage");
    assertThat(triage.path("name").asString()).isEqualTo("Triage");
    assertThat(triage.path("waiting").asLong()).isEqualTo(2);
    assertThat(triage.path("completed").asLong()).isEqualTo(1);
    assertThat(triage.path("medianMillis").isNull()).isFalse();
    assertThat(activity(figures, "reopen").path("waiting").asLong()).isEqualTo(1);
    assertThat(taken(figures, "toTriage")).isEqualTo(3);
    assertThat(taken(figures, "toReopen")).isEqualTo(1);
    assertThat(figures.path("processKey").asString()).isEqualTo(KEY);
  }

  @Test
  void showsAJobThatFailedEveryTryAndSendsItAgain() {
    String instance =
        runtime.startProcessInstanceByKeyAndTenantId(KEY, "INC-B" + RUN, "acme").getId();
    tasks.complete(tasks.createTaskQuery().processInstanceId(instance).singleResult().getId());
    for (int tries = 0; tries < 3; tries++) {
      Job job = management.createJobQuery().processInstanceId(instance).singleResult();
      if (job == null) { // a failed try waits as a timer job for the next: take it now
        job =
            management.moveTimerToExecutableJob(
                management
                    .createTimerJobQuery()
                    .processInstanceId(instance)
                    .singleResult()
                    .getId());
      }
      try {
        management.executeJob(job.getId());
      } catch (RuntimeException expected) {
        // the action finds no ticket: the job fails and loses a try
      }
    }
    String jobId =
        management.createDeadLetterJobQuery().processInstanceId(instance).singleResult().getId();

    JsonNode failed =
        designer().get("/api/v1/studio/analytics/" + definitionId).json().path("failedJobs");
    assertThat(failed).hasSize(1);
    assertThat(failed.get(0).path("dead").asBoolean()).isTrue();
    assertThat(failed.get(0).path("activityId").asString()).isEqualTo("reopen");
    assertThat(failed.get(0).path("ticketKey").asString()).isEqualTo("INC-B" + RUN);
    assertThat(failed.get(0).path("error").asString()).isNotBlank();

    var retried = designer().post("/api/v1/studio/jobs/" + jobId + "/retry", "{}");

    assertThat(retried.status()).as(retried.toString()).isEqualTo(202);
    assertThat(management.createJobQuery().processInstanceId(instance).singleResult().getRetries())
        .isEqualTo(3);
    assertThat(management.createDeadLetterJobQuery().processInstanceId(instance).count()).isZero();
  }

  @Test
  void countsStepsAndFlowsInsideSubprocesses() {
    String nested =
        repository
            .createDeployment()
            .tenantId("acme")
            .addString(
                KEY + "n.bpmn20.xml",
                """
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             targetNamespace="test">
                  <process id="%sn" isExecutable="true">
                    <startEvent id="start"/>
                    <sequenceFlow id="toReview" sourceRef="start" targetRef="review"/>
                    <subProcess id="review" name="Review">
                      <startEvent id="reviewStart"/>
                      <sequenceFlow id="toCheck" sourceRef="reviewStart" targetRef="check"/>
                      <userTask id="check" name="Check"/>
                      <sequenceFlow id="toReviewEnd" sourceRef="check" targetRef="reviewEnd"/>
                      <endEvent id="reviewEnd"/>
                    </subProcess>
                    <sequenceFlow id="toEnd" sourceRef="review" targetRef="end"/>
                    <endEvent id="end"/>
                  </process>
                </definitions>"""
                    .formatted(KEY))
            .deploy()
            .getId();
    try {
      String definition =
          repository.createProcessDefinitionQuery().deploymentId(nested).singleResult().getId();
      runtime.startProcessInstanceByKeyAndTenantId(KEY + "n", "INC-N" + RUN, "acme");

      JsonNode figures = designer().get("/api/v1/studio/analytics/" + definition).json();

      assertThat(activity(figures, "check").path("name").asString()).isEqualTo("Check");
      assertThat(activity(figures, "check").path("waiting").asLong()).isEqualTo(1);
      assertThat(taken(figures, "toCheck")).isEqualTo(1);
      assertThat(figures.path("activities").findValuesAsString("type"))
          .doesNotContain("sequenceFlow");
    } finally {
      repository.deleteDeployment(nested, true);
    }
  }

  @Test
  void anotherTenantsVersionIsNotFoundAndAgentsAreRefused() {
    String globex = TriageModel.deploy(repository, "globex", KEY + "g");
    try {
      String theirs =
          repository.createProcessDefinitionQuery().deploymentId(globex).singleResult().getId();
      assertProblem(designer().get("/api/v1/studio/analytics/" + theirs), 404);
      assertProblem(new Api(port).as("agent").get("/api/v1/studio/analytics/" + definitionId), 403);
      assertProblem(designer().post("/api/v1/studio/jobs/no-such-job/retry", "{}"), 404);
    } finally {
      repository.deleteDeployment(globex, true);
    }
  }

  private Api designer() {
    return new Api(port).as("admin");
  }

  private static JsonNode activity(JsonNode figures, String id) {
    for (JsonNode activity : figures.path("activities")) {
      if (activity.path("activityId").asString().equals(id)) {
        return activity;
      }
    }
    throw new AssertionError("no figures for " + id + " in " + figures);
  }

  private static long taken(JsonNode figures, String flow) {
    for (JsonNode each : figures.path("flows")) {
      if (each.path("flowId").asString().equals(flow)) {
        return each.path("taken").asLong();
      }
    }
    return 0;
  }
}
