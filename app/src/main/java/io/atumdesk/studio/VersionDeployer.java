package io.atumdesk.studio;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.InvalidInputException.FieldProblem;
import io.atumdesk.workflow.ProcessDeployments;
import java.time.Clock;
import java.util.stream.Collectors;
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
    var result = validation.validate(actor, processKey, xml, importing);
    if (!result.valid()) {
      var problems =
          result.problems().stream()
              .map(p -> new FieldProblem(p.elementId(), p.message()))
              .toList();
      throw new InvalidInputException(
          "The model cannot be published: "
              + problems.stream()
                  .map(p -> p.field() + " " + p.message())
                  .collect(Collectors.joining("; "))
              + ".",
          problems);
    }
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
