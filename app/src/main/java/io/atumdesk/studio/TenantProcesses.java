package io.atumdesk.studio;

import io.atumdesk.core.NotFoundException;
import io.atumdesk.workflow.ProcessDeployments;
import org.springframework.stereotype.Component;

/**
 * A tenant's line of versions of one process: the shipped model is where it starts, the tenant's
 * published versions continue its numbering, and the newest of them is the current one.
 */
@Component
class TenantProcesses {

  private final ProcessVersions versions;
  private final ProcessDeployments deployments;

  TenantProcesses(ProcessVersions versions, ProcessDeployments deployments) {
    this.versions = versions;
    this.deployments = deployments;
  }

  /** The version new tickets of the process start on now. */
  Model current(String processKey) {
    return versions
        .findFirstByProcessKeyOrderByVersionNumberDesc(processKey)
        .map(v -> new Model(v.versionNumber(), v.xml(), false, v.processDefinitionId()))
        .or(
            () ->
                deployments
                    .shipped(processKey)
                    .map(s -> new Model(s.version(), s.xml(), true, s.definitionId())))
        .orElseThrow(() -> new NotFoundException("Process", processKey));
  }

  /** A version by number: the tenant's, or the shipped one it started from. */
  Model version(String processKey, int number) {
    return versions
        .findByProcessKeyAndVersionNumber(processKey, number)
        .map(v -> new Model(v.versionNumber(), v.xml(), false, v.processDefinitionId()))
        .or(
            () ->
                deployments
                    .shipped(processKey)
                    .filter(s -> s.version() == number)
                    .map(s -> new Model(s.version(), s.xml(), true, s.definitionId())))
        .orElseThrow(() -> new NotFoundException("Version", processKey + " v" + number));
  }

  /** The number of the tenant's version (or the shipped one) an engine definition is, if any. */
  java.util.Optional<Integer> numberOf(String processKey, String definitionId) {
    return versions
        .findByProcessDefinitionId(definitionId)
        .map(ProcessVersion::versionNumber)
        .or(
            () ->
                deployments
                    .shipped(processKey)
                    .filter(s -> s.definitionId().equals(definitionId))
                    .map(s -> s.version()));
  }

  /** The number the next published version gets. */
  int nextNumber(String processKey) {
    int shipped = deployments.shipped(processKey).map(s -> s.version()).orElse(0);
    int own =
        versions
            .findFirstByProcessKeyOrderByVersionNumberDesc(processKey)
            .map(ProcessVersion::versionNumber)
            .orElse(0);
    return Math.max(shipped, own) + 1;
  }

  /** One version's model and the engine definition its tickets run on. */
  record Model(int number, byte[] xml, boolean shipped, String definitionId) {}
}
