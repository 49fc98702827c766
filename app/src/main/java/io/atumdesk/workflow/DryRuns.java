package io.atumdesk.workflow;

import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.history.HistoricProcessInstance;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Dry runs of a draft in a sandbox: the model is deployed for the tenant's sandbox tenant ({@code
 * <tenant>~sandbox}), which no ticket, inbox, list or analytics ever reads, and started with sample
 * data instead of a ticket. Actions only run their {@link ProcessAction#dryRun} there (see {@link
 * ActionDispatcher}), so nothing is written to a ticket or sent out. Each run is its own
 * deployment, deleted with its history when the run is closed or after {@code
 * atum.workflow.dry-run-ttl}. Callers check who may and that the model validates.
 */
@Service
public class DryRuns {

  static final String SANDBOX = "~sandbox";
  static final String CATEGORY = "dry-run";

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HistoryService history;
  private final ProcessModelCheck check;
  private final WorkflowProperties properties;
  private final Clock clock;

  DryRuns(
      RepositoryService repository,
      RuntimeService runtime,
      TaskService tasks,
      HistoryService history,
      ProcessModelCheck check,
      WorkflowProperties properties,
      Clock clock) {
    this.repository = repository;
    this.runtime = runtime;
    this.tasks = tasks;
    this.history = history;
    this.check = check;
    this.properties = properties;
    this.clock = clock;
  }

  /** Whether an engine tenant id is a sandbox: actions there only dry-run. */
  public static boolean isSandbox(String engineTenantId) {
    return engineTenantId != null && engineTenantId.endsWith(SANDBOX);
  }

  static String designerTenant(String sandboxTenant) {
    return sandboxTenant.substring(0, sandboxTenant.length() - SANDBOX.length());
  }

  /**
   * Deploys the model into the tenant's sandbox and starts it with the sample data; {@code runBy}
   * stands in for the requester.
   */
  public DryRunState start(String tenantId, String runBy, byte[] xml, Map<String, Object> sample) {
    CheckedModel model = check.check(xml);
    if (!model.problems().isEmpty()) {
      throw new IllegalArgumentException("A model with problems cannot be dry-run");
    }
    var deployment =
        repository
            .createDeployment()
            .tenantId(tenantId + SANDBOX)
            .name("dry-run:" + model.processKey() + ":" + runBy)
            .category(CATEGORY)
            .addInputStream(model.processKey() + ".bpmn20.xml", new ByteArrayInputStream(xml))
            .deploy();
    String definitionId =
        repository
            .createProcessDefinitionQuery()
            .deploymentId(deployment.getId())
            .singleResult()
            .getId();
    Map<String, Object> variables = new HashMap<>(sample);
    // What a ticket's process gets at start, minus the ticket: no ticketId and no ticketKey, so
    // the listeners that keep tickets in step and announce tasks find nothing to act on.
    variables.put(TicketProcesses.REQUESTER, runBy);
    variables.put(TicketProcesses.AUTO_CLOSE_AFTER, properties.autoCloseAfter().toString());
    var instance =
        runtime
            .createProcessInstanceBuilder()
            .processDefinitionId(definitionId)
            .tenantId(tenantId + SANDBOX)
            .variables(variables)
            .start();
    return state(tenantId, instance.getId());
  }

  /** Where a dry run is: the path so far, the decisions made and the tasks waiting. */
  public DryRunState state(String tenantId, String runId) {
    HistoricProcessInstance run = run(tenantId, runId);
    List<DryRunState.Step> path =
        history
            .createHistoricActivityInstanceQuery()
            .processInstanceId(runId)
            .orderByHistoricActivityInstanceStartTime()
            .asc()
            .orderByHistoricActivityInstanceId()
            .asc()
            .list()
            .stream()
            .map(DryRuns::step)
            .toList();
    var log =
        history
            .createHistoricVariableInstanceQuery()
            .processInstanceId(runId)
            .variableName(DryRunLog.VARIABLE)
            .singleResult();
    List<DryRunState.ActionRun> actions =
        DryRunLog.entries(log == null ? null : log.getValue()).stream()
            .map(
                e ->
                    new DryRunState.ActionRun(
                        e.get("elementId"),
                        e.get("action"),
                        Boolean.parseBoolean(e.get("ran")),
                        e.get("summary"),
                        e.get("inputs"),
                        e.get("outputs")))
            .toList();
    List<DryRunState.OpenTask> open =
        tasks
            .createTaskQuery()
            .processInstanceId(runId)
            .orderByTaskCreateTime()
            .asc()
            .list()
            .stream()
            .map(
                t ->
                    new DryRunState.OpenTask(
                        t.getId(), t.getTaskDefinitionKey(), t.getName(), t.getFormKey()))
            .toList();
    return new DryRunState(
        runId,
        run.getProcessDefinitionKey(),
        run.getProcessDefinitionId(),
        run.getStartTime().toInstant(),
        run.getEndTime() != null,
        path,
        actions,
        open);
  }

  /** Completes a waiting task of a dry run with sample form data. */
  public DryRunState complete(
      String tenantId, String runId, String taskId, Map<String, Object> formData) {
    run(tenantId, runId);
    var task = tasks.createTaskQuery().processInstanceId(runId).taskId(taskId).singleResult();
    if (task == null) {
      throw new NotFoundException("Task", taskId);
    }
    tasks.complete(taskId, formData);
    return state(tenantId, runId);
  }

  /** The model a dry run runs on, for its diagram. */
  public byte[] model(String tenantId, String runId) {
    try (var in = repository.getProcessModel(run(tenantId, runId).getProcessDefinitionId())) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Ends a dry run: its deployment goes, with the instance, its jobs and its history. */
  public void close(String tenantId, String runId) {
    HistoricProcessInstance run = run(tenantId, runId);
    String deploymentId =
        repository.getProcessDefinition(run.getProcessDefinitionId()).getDeploymentId();
    repository.deleteDeployment(deploymentId, true);
  }

  /** How many sandbox deployments exist for the tenant (for tests and the admin's curiosity). */
  public long open(String tenantId) {
    return repository.createDeploymentQuery().deploymentTenantId(tenantId + SANDBOX).count();
  }

  /** Removes the dry runs nobody closed once they are older than the time to live. */
  @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
  void onSchedule() {
    removeStale(clock.instant());
  }

  /** Removes the dry runs older than the time to live at {@code now}; returns how many. */
  public int removeStale(Instant now) {
    Instant cutoff = now.minus(properties.dryRunTtl());
    var stale =
        repository
            .createDeploymentQuery()
            .deploymentCategory(CATEGORY)
            .deploymentTenantIdLike("%" + SANDBOX)
            .list()
            .stream()
            .filter(d -> d.getDeploymentTime().before(Date.from(cutoff)))
            .toList();
    stale.forEach(d -> repository.deleteDeployment(d.getId(), true));
    return stale.size();
  }

  private HistoricProcessInstance run(String tenantId, String runId) {
    var run =
        history
            .createHistoricProcessInstanceQuery()
            .processInstanceId(runId)
            .processInstanceTenantId(tenantId + SANDBOX)
            .singleResult();
    if (run == null) {
      throw new NotFoundException("Dry run", runId);
    }
    return run;
  }

  private static DryRunState.Step step(HistoricActivityInstance a) {
    return new DryRunState.Step(
        a.getActivityId(), a.getActivityName(), a.getActivityType(), a.getEndTime() != null);
  }

  /** Sample form data must be plain values; anything else is refused. */
  public static Map<String, Object> plainValues(Map<String, Object> values, String field) {
    Map<String, Object> plain = new HashMap<>();
    if (values == null) {
      return plain;
    }
    values.forEach(
        (name, value) -> {
          if (!name.matches("[A-Za-z][A-Za-z0-9_]{0,63}")
              || name.startsWith("atum")
              || name.equals(TicketProcesses.TICKET_ID)
              || name.equals(TicketProcesses.TICKET_KEY)) {
            throw new InvalidInputException(
                field, "names '" + name + "', which is not a field a sample may set");
          }
          if (!(value == null
              || value instanceof String
              || value instanceof Number
              || value instanceof Boolean)) {
            throw new InvalidInputException(
                field, "gives '" + name + "' a value that is not text, a number or true/false");
          }
          plain.put(name, value);
        });
    return plain;
  }
}
