package io.atumdesk.workflow;

import io.atumdesk.core.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

/**
 * Deploying process models a tenant edits, for the studio: checks a model, deploys it with the
 * tenant's id (the tenant's newest version then starts its new tickets, running ones keep theirs),
 * and lists the deployed versions with how many instances run on each. Callers check who may.
 */
@Service
public class ProcessDeployments {

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final ProcessModelCheck check;
  private final List<ProcessAction> actions;

  ProcessDeployments(
      RepositoryService repository,
      RuntimeService runtime,
      ProcessModelCheck check,
      List<ProcessAction> actions) {
    this.repository = repository;
    this.runtime = runtime;
    this.check = check;
    this.actions = actions;
  }

  /**
   * Reads a model and lists its problems.
   *
   * @throws InvalidInputException when it is not well-formed, declares a DOCTYPE or is no model
   */
  public CheckedModel check(byte[] xml) {
    return check.check(xml);
  }

  /** Deploys a model without problems for the tenant; returns the new definition's id. */
  public String deploy(String tenantId, String deploymentName, byte[] xml) {
    CheckedModel model = check.check(xml);
    if (!model.problems().isEmpty()) {
      throw new IllegalArgumentException("A model with problems cannot be deployed");
    }
    var deployment =
        repository
            .createDeployment()
            .tenantId(tenantId)
            .name(deploymentName)
            .category("studio")
            .addInputStream(model.processKey() + ".bpmn20.xml", new ByteArrayInputStream(xml))
            .deploy();
    return repository
        .createProcessDefinitionQuery()
        .deploymentId(deployment.getId())
        .singleResult()
        .getId();
  }

  /** The shipped versions and the tenant's own, by process key and newest first. */
  public List<DeployedDefinition> definitions(String tenantId) {
    var shipped = repository.createProcessDefinitionQuery().processDefinitionWithoutTenantId();
    var own = repository.createProcessDefinitionQuery().processDefinitionTenantId(tenantId);
    return Stream.concat(shipped.list().stream(), own.list().stream())
        .sorted(
            Comparator.comparing(ProcessDefinition::getKey)
                .thenComparing(ProcessDefinition::getTenantId, Comparator.reverseOrder())
                .thenComparing(ProcessDefinition::getVersion, Comparator.reverseOrder()))
        .map(definition -> view(tenantId, definition))
        .toList();
  }

  /** The newest shipped model of a process, as deployed. */
  public Optional<ShippedModel> shipped(String processKey) {
    return Optional.ofNullable(
            repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(processKey)
                .processDefinitionWithoutTenantId()
                .latestVersion()
                .singleResult())
        .map(d -> new ShippedModel(d.getVersion(), model(d.getId()), d.getId()));
  }

  /** The definition a process instance of the tenant runs on, if it exists. */
  public Optional<String> definitionOf(String tenantId, String processInstanceId) {
    return Optional.ofNullable(
            runtime
                .createProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .processInstanceTenantId(tenantId)
                .singleResult())
        .map(instance -> instance.getProcessDefinitionId());
  }

  /** The named actions service tasks may call, by name. */
  public List<PaletteAction> palette() {
    return actions.stream()
        .map(a -> new PaletteAction(a.name(), a.requiredParameters().stream().sorted().toList()))
        .sorted(Comparator.comparing(PaletteAction::name))
        .toList();
  }

  /** A shipped model: its engine version, its XML and its definition. */
  public record ShippedModel(int version, byte[] xml, String definitionId) {}

  private DeployedDefinition view(String tenantId, ProcessDefinition definition) {
    long running =
        runtime
            .createProcessInstanceQuery()
            .processDefinitionId(definition.getId())
            .processInstanceTenantId(tenantId)
            .count();
    var deployment =
        repository
            .createDeploymentQuery()
            .deploymentId(definition.getDeploymentId())
            .singleResult();
    return new DeployedDefinition(
        definition.getId(),
        definition.getKey(),
        definition.getName(),
        definition.getVersion(),
        definition.getTenantId() == null || definition.getTenantId().isEmpty(),
        deployment.getDeploymentTime().toInstant(),
        running);
  }

  private byte[] model(String definitionId) {
    try (InputStream in = repository.getProcessModel(definitionId)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
