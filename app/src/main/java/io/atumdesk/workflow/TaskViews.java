package io.atumdesk.workflow;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/** Turns Flowable tasks into {@link TaskView}s, finding all their ticket keys in one query. */
@Component
class TaskViews {

  private final RuntimeService runtime;

  TaskViews(RuntimeService runtime) {
    this.runtime = runtime;
  }

  List<TaskView> of(List<Task> tasks) {
    if (tasks.isEmpty()) {
      return List.of();
    }
    Set<String> instanceIds =
        tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
    Map<String, String> ticketKeys =
        runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
            .collect(
                Collectors.toMap(ProcessInstance::getId, p -> String.valueOf(p.getBusinessKey())));
    return tasks.stream()
        .map(
            task ->
                new TaskView(
                    task.getId(),
                    task.getName(),
                    task.getTaskDefinitionKey(),
                    ticketKeys.get(task.getProcessInstanceId()),
                    task.getAssignee(),
                    task.getIdentityLinks().stream()
                        .filter(
                            link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                        .map(link -> link.getGroupId())
                        .sorted()
                        .toList(),
                    task.getFormKey(),
                    task.getCreateTime().toInstant()))
        .toList();
  }
}
