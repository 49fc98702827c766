package io.atumdesk.catalog.process;

import io.atumdesk.catalog.OrderProcesses;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * Reads what the catalog shows from Flowable: an order's open tasks, in its own process (its
 * approvals) and in the fulfilment processes it called, one per item (variable {@code itemIndex}).
 * Every query names the tenant (ADR 0004).
 */
@Component
class FlowableOrderProcesses implements OrderProcesses {

  static final String ITEM_INDEX = "itemIndex";

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final TaskService tasks;

  FlowableOrderProcesses(RepositoryService repository, RuntimeService runtime, TaskService tasks) {
    this.repository = repository;
    this.runtime = runtime;
    this.tasks = tasks;
  }

  @Override
  public boolean deployed(String tenantId, String processKey) {
    return repository
        .createProcessDefinitionQuery()
        .processDefinitionKey(processKey)
        .list()
        .stream()
        .anyMatch(
            definition ->
                definition.getTenantId() == null
                    || definition.getTenantId().isEmpty()
                    || definition.getTenantId().equals(tenantId));
  }

  @Override
  public Map<Integer, List<OpenStep>> openSteps(String tenantId, String processInstanceId) {
    // Each item's fulfilment is a process the order's process called, knowing its itemIndex.
    Map<String, Integer> positions = new HashMap<>();
    positions.put(processInstanceId, ORDER);
    runtime
        .createProcessInstanceQuery()
        .processInstanceTenantId(tenantId)
        .superProcessInstanceId(processInstanceId)
        .includeProcessVariables()
        .list()
        .forEach(
            called -> {
              if (called.getProcessVariables().get(ITEM_INDEX) instanceof Integer index) {
                positions.put(called.getId(), index);
              }
            });
    Map<Integer, List<OpenStep>> steps = new LinkedHashMap<>();
    tasks
        .createTaskQuery()
        .taskTenantId(tenantId)
        .processInstanceIdIn(positions.keySet())
        .includeIdentityLinks()
        .orderByTaskCreateTime()
        .asc()
        .list()
        .forEach(
            task ->
                steps
                    .computeIfAbsent(
                        positions.get(task.getProcessInstanceId()), p -> new ArrayList<>())
                    .add(step(task)));
    return steps;
  }

  @Override
  public Optional<String> formKeyOf(String tenantId, String taskId) {
    return Optional.ofNullable(
            tasks.createTaskQuery().taskId(taskId).taskTenantId(tenantId).singleResult())
        .map(Task::getFormKey);
  }

  private static OpenStep step(Task task) {
    return new OpenStep(
        task.getId(),
        task.getName(),
        task.getAssignee(),
        task.getIdentityLinks().stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .filter(link -> link.getGroupId() != null)
            .map(link -> link.getGroupId())
            .sorted()
            .toList());
  }
}
