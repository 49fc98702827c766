package io.atumdesk.studio;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.studio.StudioAuditEntry.Action;
import io.atumdesk.workflow.ProcessDeployments;
import io.atumdesk.workflow.ProcessMigrations;
import io.atumdesk.workflow.ProcessMigrations.MigrationPreview;
import io.atumdesk.workflow.ProcessMigrations.RunningInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moving chosen running tickets of a process to another of the tenant's versions: a preview says
 * for each where it waits and where it would land, or why it is refused; migrating moves only the
 * allowed ones and reports the others. Every migration is audited with the model's changes.
 */
@Service
public class ProcessMigration {

  static final int MAX_INSTANCES = 200;

  private final TenantProcesses processes;
  private final ProcessMigrations migrations;
  private final ProcessDeployments deployments;
  private final ProcessDiffing diffing;
  private final StudioAccess access;
  private final StudioAudit audit;

  ProcessMigration(
      TenantProcesses processes,
      ProcessMigrations migrations,
      ProcessDeployments deployments,
      ProcessDiffing diffing,
      StudioAccess access,
      StudioAudit audit) {
    this.processes = processes;
    this.migrations = migrations;
    this.deployments = deployments;
    this.diffing = diffing;
    this.access = access;
    this.audit = audit;
  }

  /** The tenant's running instances on one version, with where each waits. */
  @Transactional(readOnly = true)
  public List<RunningInstance> running(Actor actor, String processKey, int version) {
    access.require(actor);
    return migrations.running(
        actor.tenantId(), processes.version(processKey, version).definitionId());
  }

  @Transactional(readOnly = true)
  public List<MigrationPreview> preview(Actor actor, String processKey, Request request) {
    access.require(actor);
    var target = processes.version(processKey, request.toVersion());
    return migrations.preview(
        actor.tenantId(), target.definitionId(), request.instances(), request.mappings());
  }

  @Transactional
  public List<MigrationPreview> migrate(Actor actor, String processKey, Request request) {
    access.require(actor);
    var target = processes.version(processKey, request.toVersion());
    var sources = new TreeSet<Integer>();
    // Which versions the allowed instances come from, for the model's changes in the audit.
    request.instances().stream()
        .map(id -> sourceVersion(actor, processKey, id))
        .flatMap(java.util.Optional::stream)
        .forEach(sources::add);
    List<MigrationPreview> outcome =
        migrations.migrate(
            actor.tenantId(),
            target.definitionId(),
            request.instances(),
            request.mappings(),
            "v" + target.number(),
            actor.username());
    List<MigrationPreview> moved = outcome.stream().filter(MigrationPreview::migrated).toList();
    List<MigrationPreview> refused = outcome.stream().filter(p -> !p.migrated()).toList();
    List<String> lines = new ArrayList<>();
    moved.forEach(
        p -> lines.add("moved %s from %s to %s".formatted(name(p), p.activities(), p.landing())));
    refused.forEach(p -> lines.add("refused %s: %s".formatted(name(p), p.refusal())));
    if (!request.mappings().isEmpty()) {
      lines.add("mappings " + request.mappings());
    }
    for (int source : sources) {
      if (source != target.number()) {
        lines.add("changes v%d -> v%d:".formatted(source, target.number()));
        lines.add(diffing.between(processKey, source, target.number()).text());
      }
    }
    audit.record(
        actor,
        Action.MIGRATE,
        processKey,
        target.number(),
        "moved %d of %d instances to v%d%s"
            .formatted(
                moved.size(),
                outcome.size(),
                target.number(),
                moved.isEmpty()
                    ? ""
                    : ": "
                        + moved.stream()
                            .map(ProcessMigration::name)
                            .collect(Collectors.joining(", "))),
        String.join("\n", lines));
    return outcome;
  }

  private java.util.Optional<Integer> sourceVersion(
      Actor actor, String processKey, String instanceId) {
    return deployments
        .definitionOf(actor.tenantId(), instanceId)
        .flatMap(definition -> processes.numberOf(processKey, definition));
  }

  private static String name(MigrationPreview p) {
    return p.ticketKey() != null ? p.ticketKey() : p.instanceId();
  }

  /**
   * Which instances to move to which version; {@code mappings} maps a step of the instance's
   * version to a step of the target where the ids differ (a renamed step).
   */
  public record Request(Integer toVersion, List<String> instances, Map<String, String> mappings) {

    public Request {
      if (toVersion == null) {
        throw new InvalidInputException("toVersion", "is required: the version to move to");
      }
      if (instances == null || instances.isEmpty()) {
        throw new InvalidInputException(
            "instances", "is empty; choose the running instances to move");
      }
      if (instances.size() > MAX_INSTANCES) {
        throw new InvalidInputException(
            "instances",
            "has %d entries; move at most %d at once".formatted(instances.size(), MAX_INSTANCES));
      }
      if (instances.stream().anyMatch(i -> i == null || i.isBlank())) {
        throw new InvalidInputException("instances", "has an empty entry");
      }
      instances = List.copyOf(instances);
      if (mappings != null
          && mappings.entrySet().stream()
              .anyMatch(
                  m -> m.getKey().isBlank() || m.getValue() == null || m.getValue().isBlank())) {
        throw new InvalidInputException(
            "mappings",
            "has an empty step; map a step id of the running version to one of the target");
      }
      mappings = mappings == null ? Map.of() : Map.copyOf(mappings);
    }
  }
}
