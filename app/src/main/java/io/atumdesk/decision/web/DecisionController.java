package io.atumdesk.decision.web;

import io.atumdesk.core.Actor;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.decision.DecisionDeployments;
import io.atumdesk.decision.DecisionDeployments.DeployedVersion;
import io.atumdesk.decision.DecisionDeployments.TableVersions;
import io.atumdesk.decision.DecisionOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Decision tables over HTTP: versions, deployment, rollback and the rule simulator. */
@RestController
@RequestMapping("/api/v1/decisions")
@Tag(name = "Decisions")
class DecisionController {

  private final DecisionDeployments deployments;

  DecisionController(DecisionDeployments deployments) {
    this.deployments = deployments;
  }

  @GetMapping
  @Operation(summary = "Every table the tenant evaluates, with its versions (0 is the shipped one)")
  List<TableVersions> catalogue(Actor actor) {
    return deployments.catalogue(actor);
  }

  @GetMapping("/refused")
  @Operation(summary = "Uploads that were refused, with their reasons (admins and designers)")
  List<DecisionDeployments.RefusedUpload> refused(Actor actor) {
    return deployments.refused(actor);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One table and its versions")
  TableVersions table(Actor actor, @PathVariable String id) {
    return deployments.catalogue(actor).stream()
        .filter(t -> t.table().decisionId().equals(id))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("Decision table", id));
  }

  @PostMapping(consumes = {"application/xml", "text/xml", "application/octet-stream"})
  @Operation(summary = "Deploy a new version from DMN XML (admins and process designers)")
  ResponseEntity<DeployedVersion> deploy(
      Actor actor,
      @RequestParam(defaultValue = "upload.dmn") String fileName,
      @RequestBody byte[] xml) {
    DeployedVersion deployed = deployments.deploy(actor, fileName, xml);
    return ResponseEntity.created(URI.create("/api/v1/decisions/" + deployed.decisionId()))
        .body(deployed);
  }

  @PostMapping("/{id}/rollback")
  @Operation(summary = "Activate an earlier version again; without a version, the previous one")
  DeployedVersion rollback(
      Actor actor, @PathVariable String id, @RequestBody(required = false) RollbackForm form) {
    return deployments.rollback(actor, id, form == null ? null : form.version());
  }

  @PostMapping("/{id}/evaluate")
  @Operation(summary = "Try the active table with sample inputs; no ticket is touched")
  DecisionOutcome evaluate(Actor actor, @PathVariable String id, @RequestBody SampleForm form) {
    return deployments.simulate(actor, id, form.inputs() == null ? Map.of() : form.inputs());
  }

  record RollbackForm(Integer version) {}

  record SampleForm(Map<String, Object> inputs) {}
}
