package io.atumdesk.workflow;

import io.atumdesk.ticket.TicketField;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.ticket.TicketStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.bpmn.model.Activity;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.CallActivity;
import org.flowable.bpmn.model.Event;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.SubProcess;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.ProcessMigrationService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.migration.ActivityMigrationMapping;
import org.flowable.engine.migration.ProcessInstanceMigrationBuilder;
import org.flowable.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves chosen running instances of a tenant's process to another version with Flowable's migration
 * API, after saying for each where it is and where it would land, or why it is refused: the
 * instance is not the tenant's or not of that process, a step it waits at is missing from the
 * target and not mapped, or it waits in a state that does not move safely (inside a multi-instance
 * or a subprocess, in a called process, or at a timer, which would start again from now).
 * Flowable's own validation runs last. Moved tickets keep their row in step: the status the target
 * step declares applies and the move is on the timeline. Callers check who may.
 */
@Service
public class ProcessMigrations {

  private final ProcessMigrationService migrations;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final TaskService tasks;
  private final TicketRecords records;

  ProcessMigrations(
      ProcessMigrationService migrations,
      RuntimeService runtime,
      RepositoryService repository,
      TaskService tasks,
      TicketRecords records) {
    this.migrations = migrations;
    this.runtime = runtime;
    this.repository = repository;
    this.tasks = tasks;
    this.records = records;
  }

  /** The tenant's running instances on a definition, with where each waits. */
  public List<RunningInstance> running(String tenantId, String definitionId) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionId(definitionId)
        .processInstanceTenantId(tenantId)
        .orderByStartTime()
        .asc()
        .listPage(0, 500)
        .stream()
        .map(i -> new RunningInstance(i.getId(), i.getBusinessKey(), active(i.getId())))
        .toList();
  }

  /** What would happen to each instance, without changing anything. */
  @Transactional(readOnly = true)
  public List<MigrationPreview> preview(
      String tenantId,
      String targetDefinitionId,
      List<String> instanceIds,
      Map<String, String> mappings) {
    BpmnModel target = repository.getBpmnModel(targetDefinitionId);
    String targetKey = repository.getProcessDefinition(targetDefinitionId).getKey();
    return instanceIds.stream()
        .distinct()
        .map(id -> preview(tenantId, targetDefinitionId, targetKey, target, id, mappings))
        .toList();
  }

  /** Moves the instances the preview allows; the others are reported as refused and left alone. */
  @Transactional
  public List<MigrationPreview> migrate(
      String tenantId,
      String targetDefinitionId,
      List<String> instanceIds,
      Map<String, String> mappings,
      String targetLabel,
      String actor) {
    List<MigrationPreview> previews = preview(tenantId, targetDefinitionId, instanceIds, mappings);
    BpmnModel target = repository.getBpmnModel(targetDefinitionId);
    List<MigrationPreview> done = new ArrayList<>();
    for (MigrationPreview preview : previews) {
      if (!preview.allowed()) {
        done.add(preview);
        continue;
      }
      builder(targetDefinitionId, preview.activities(), mappings).migrate(preview.instanceId());
      keepTicketInStep(preview, target, targetLabel, actor);
      done.add(preview.asMigrated());
    }
    return done;
  }

  private MigrationPreview preview(
      String tenantId,
      String targetDefinitionId,
      String targetKey,
      BpmnModel target,
      String instanceId,
      Map<String, String> mappings) {
    ProcessInstance instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceId(instanceId)
            .processInstanceTenantId(tenantId)
            .singleResult();
    if (instance == null) {
      return MigrationPreview.refused(
          instanceId, null, List.of(), "is not a running instance of your tenant");
    }
    List<String> activities = active(instanceId);
    String key = instance.getBusinessKey();
    if (!instance.getProcessDefinitionKey().equals(targetKey)) {
      return MigrationPreview.refused(
          instanceId,
          key,
          activities,
          "runs process '" + instance.getProcessDefinitionKey() + "', not '" + targetKey + "'");
    }
    if (instance.getProcessDefinitionId().equals(targetDefinitionId)) {
      return MigrationPreview.refused(instanceId, key, activities, "already runs on that version");
    }
    if (runtime.createProcessInstanceQuery().superProcessInstanceId(instanceId).count() > 0) {
      return MigrationPreview.refused(
          instanceId, key, activities, "waits for a called process, which cannot be moved with it");
    }
    BpmnModel source = repository.getBpmnModel(instance.getProcessDefinitionId());
    List<String> landing = new ArrayList<>();
    for (String activity : activities) {
      Optional<String> unsafe = unsafe(source.getFlowElement(activity), source);
      if (unsafe.isPresent()) {
        return MigrationPreview.refused(instanceId, key, activities, unsafe.get());
      }
      String to = mappings.getOrDefault(activity, activity);
      FlowElement element = target.getFlowElement(to);
      if (!(element instanceof Activity)) {
        return MigrationPreview.refused(
            instanceId,
            key,
            activities,
            mappings.containsKey(activity)
                ? "is mapped from '"
                    + activity
                    + "' to '"
                    + to
                    + "', which is no step of the target version"
                : "waits at '"
                    + activity
                    + "', which the target version does not have; map it to one of its steps");
      }
      landing.add(to);
    }
    var validation =
        builder(targetDefinitionId, activities, mappings).validateMigration(instanceId);
    if (validation.hasErrors()) {
      return MigrationPreview.refused(
          instanceId, key, activities, String.join("; ", validation.getValidationMessages()));
    }
    return new MigrationPreview(instanceId, key, activities, landing, true, false, null);
  }

  /** Why an instance waiting at this element cannot be moved safely, if it cannot. */
  private static Optional<String> unsafe(FlowElement element, BpmnModel model) {
    if (element == null) {
      return Optional.of("waits at a step its own version does not describe");
    }
    if (element instanceof Activity a && a.getLoopCharacteristics() != null) {
      return Optional.of("waits in the multi-instance step '" + element.getId() + "'");
    }
    if (element.getParentContainer() instanceof SubProcess || element instanceof SubProcess) {
      return Optional.of("waits inside the subprocess of '" + element.getId() + "'");
    }
    if (element instanceof CallActivity) {
      return Optional.of("waits for the called process of '" + element.getId() + "'");
    }
    if (element instanceof Event e
        && e.getEventDefinitions().stream().anyMatch(d -> d instanceof TimerEventDefinition)) {
      return Optional.of(
          "waits at the timer '" + element.getId() + "', which would start again from now");
    }
    if (element instanceof Activity a) {
      for (BoundaryEvent b : a.getBoundaryEvents()) {
        if (b.getEventDefinitions().stream().anyMatch(d -> d instanceof TimerEventDefinition)) {
          return Optional.of(
              "waits at '"
                  + element.getId()
                  + "', whose timer '"
                  + b.getId()
                  + "' would start again from now");
        }
      }
    }
    return Optional.empty();
  }

  private ProcessInstanceMigrationBuilder builder(
      String targetDefinitionId, List<String> activities, Map<String, String> mappings) {
    var builder =
        migrations
            .createProcessInstanceMigrationBuilder()
            .migrateToProcessDefinition(targetDefinitionId);
    activities.stream()
        .filter(mappings::containsKey)
        .distinct()
        .forEach(
            a ->
                builder.addActivityMigrationMapping(
                    ActivityMigrationMapping.createMappingFor(a, mappings.get(a))));
    return builder;
  }

  /**
   * The ticket's status follows the step it now waits at (ADR 0002); the move is on its timeline.
   */
  private void keepTicketInStep(
      MigrationPreview preview, BpmnModel target, String targetLabel, String actor) {
    Object ticket = runtime.getVariable(preview.instanceId(), TicketProcesses.TICKET_ID);
    for (var task : tasks.createTaskQuery().processInstanceId(preview.instanceId()).list()) {
      if (target.getFlowElement(task.getTaskDefinitionKey()) instanceof UserTask step) {
        // The task moves as it is; what the target step declares applies from now.
        task.setCategory(step.getCategory());
        task.setFormKey(step.getFormKey());
        task.setName(step.getName());
        tasks.saveTask(task);
        if (ticket instanceof Long id) {
          Arrays.stream(TicketStatus.values())
              .filter(s -> s.name().equals(step.getCategory()))
              .filter(s -> !(s == TicketStatus.NEW && task.getAssignee() != null))
              .findFirst()
              .ifPresent(s -> records.change(id, TicketField.STATUS, s, "system"));
        }
      }
    }
    if (ticket instanceof Long id) {
      records.recordEvent(
          id,
          actor,
          "Process moved to %s: now at %s"
              .formatted(targetLabel, String.join(", ", active(preview.instanceId()))),
          Map.of("from", preview.activities(), "to", preview.landing()));
    }
  }

  private List<String> active(String instanceId) {
    return runtime.getActiveActivityIds(instanceId);
  }

  /** A running instance: its ticket (business key) and the steps it waits at. */
  public record RunningInstance(String instanceId, String ticketKey, List<String> activities) {}

  /**
   * What happens to one instance: where it waits, where it would land, or why it is refused. {@code
   * migrated} is true once it was moved.
   */
  public record MigrationPreview(
      String instanceId,
      String ticketKey,
      List<String> activities,
      List<String> landing,
      boolean allowed,
      boolean migrated,
      String refusal) {

    public MigrationPreview {
      activities = List.copyOf(activities);
      landing = List.copyOf(landing);
    }

    static MigrationPreview refused(
        String instanceId, String ticketKey, List<String> activities, String reason) {
      return new MigrationPreview(
          instanceId, ticketKey, activities, List.of(), false, false, reason);
    }

    MigrationPreview asMigrated() {
      return new MigrationPreview(instanceId, ticketKey, activities, landing, true, true, null);
    }
  }
}
