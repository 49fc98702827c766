package io.atumdesk.studio;

import io.atumdesk.core.Actor;
import io.atumdesk.workflow.ProcessDeployments;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Deploys a model as the tenant's next version once it validates, and keeps the version's row; a
 * model with problems is refused with 400 listing each element and its problem.
 */
@Component
class VersionDeployer {

  private final ModelValidation validation;
  private final TenantProcesses processes;
  private final ProcessDeployments deployments;
  private final ProcessVersions versions;
  private final Clock clock;

  VersionDeployer(
      ModelValidation validation,
      TenantProcesses processes,
      ProcessDeployments deployments,
      ProcessVersions versions,
      Clock clock) {
    this.validation = validation;
    this.processes = processes;
    this.deployments = deployments;
    this.versions = versions;
    this.clock = clock;
  }

  ProcessVersion deploy(Actor actor, String processKey, byte[] xml, int parentVersion) {
    return deploy(actor, processKey, xml, parentVersion, ModelValidation.Importing.NONE);
  }

  /** As above, for an import that deploys the forms and tables it names in the same go. */
  ProcessVersion deploy(
      Actor actor,
      String processKey,
      byte[] xml,
      int parentVersion,
      ModelValidation.Importing importing) {
    validation.requireValid(actor, processKey, xml, importing, "published");
    int number = processes.nextNumber(processKey);
    String definitionId =
        deployments.deploy(actor.tenantId(), "studio:" + processKey + ":v" + number, xml);
    return versions.save(
        new ProcessVersion(
            processKey,
            number,
            xml,
            parentVersion,
            actor.username(),
            clock.instant(),
            definitionId));
  }
}
