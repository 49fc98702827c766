package io.atumdesk.studio;

import io.atumdesk.core.Actor;
import io.atumdesk.workflow.DeployedDefinition;
import io.atumdesk.workflow.ProcessDeployments;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every process a tenant runs: each deployed version (shipped or the tenant's own), how many open
 * tickets run on it, which is current, and whether a draft is being edited.
 */
@Service
public class ProcessCatalogue {

  private final ProcessDeployments deployments;
  private final ProcessVersions versions;
  private final ProcessDrafts drafts;
  private final StudioAccess access;

  ProcessCatalogue(
      ProcessDeployments deployments,
      ProcessVersions versions,
      ProcessDrafts drafts,
      StudioAccess access) {
    this.deployments = deployments;
    this.versions = versions;
    this.drafts = drafts;
    this.access = access;
  }

  @Transactional(readOnly = true)
  public List<ProcessSummary> processes(Actor actor) {
    access.require(actor);
    Map<String, ProcessVersion> published =
        versions.findAllByOrderByProcessKeyAscVersionNumberDesc().stream()
            .collect(Collectors.toMap(ProcessVersion::processDefinitionId, Function.identity()));
    Map<String, List<VersionSummary>> byKey = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (DeployedDefinition definition : deployments.definitions(actor.tenantId())) {
      names.putIfAbsent(definition.processKey(), definition.name());
      byKey
          .computeIfAbsent(definition.processKey(), key -> new ArrayList<>())
          .add(summary(definition, published.get(definition.definitionId())));
    }
    return byKey.entrySet().stream()
        .map(
            entry ->
                new ProcessSummary(
                    entry.getKey(),
                    names.get(entry.getKey()),
                    markCurrent(entry.getValue()),
                    drafts
                        .findByProcessKey(entry.getKey())
                        .map(ProcessDrafting.Draft::of)
                        .map(d -> new DraftSummary(d.revision(), d.savedBy(), d.savedAt()))
                        .orElse(null)))
        .toList();
  }

  private static VersionSummary summary(DeployedDefinition definition, ProcessVersion version) {
    return version == null
        ? new VersionSummary(
            definition.definitionId(),
            definition.engineVersion(),
            definition.shipped(),
            false,
            null,
            definition.deployedAt(),
            definition.runningInstances())
        : new VersionSummary(
            definition.definitionId(),
            version.versionNumber(),
            false,
            false,
            version.publishedBy(),
            version.publishedAt(),
            definition.runningInstances());
  }

  /** Definitions come newest first, the tenant's before the shipped: the first is current. */
  private static List<VersionSummary> markCurrent(List<VersionSummary> versions) {
    List<VersionSummary> marked = new ArrayList<>(versions);
    VersionSummary first = marked.get(0);
    marked.set(
        0,
        new VersionSummary(
            first.definitionId(),
            first.version(),
            first.shipped(),
            true,
            first.publishedBy(),
            first.publishedAt(),
            first.openTickets()));
    return List.copyOf(marked);
  }

  /** A process, its versions newest first and its draft (null when none is saved). */
  public record ProcessSummary(
      String processKey, String name, List<VersionSummary> versions, DraftSummary draft) {}

  /**
   * A deployed version and how many of the tenant's open tickets run on it; {@code definitionId} is
   * the engine's, for its analytics.
   */
  public record VersionSummary(
      String definitionId,
      int version,
      boolean shipped,
      boolean current,
      String publishedBy,
      Instant publishedAt,
      long openTickets) {}

  /** Who saved the draft last, at which revision. */
  public record DraftSummary(int revision, String savedBy, Instant savedAt) {}
}
