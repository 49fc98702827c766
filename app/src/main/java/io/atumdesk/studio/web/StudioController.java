package io.atumdesk.studio.web;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.studio.ModelValidation;
import io.atumdesk.studio.ModelValidation.Validation;
import io.atumdesk.studio.ProcessCatalogue;
import io.atumdesk.studio.ProcessCatalogue.ProcessSummary;
import io.atumdesk.studio.ProcessDrafting;
import io.atumdesk.studio.ProcessDrafting.Draft;
import io.atumdesk.studio.ProcessPublishing;
import io.atumdesk.studio.ProcessRollback;
import io.atumdesk.studio.Published;
import io.atumdesk.studio.StudioAudit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Processes in the studio: versions, the draft, validation, publishing, rollback and audit. The
 * same endpoints serve the API and, under /studio, the modeler page with its session and CSRF.
 */
@RestController
@RequestMapping({"/api/v1/studio/processes", "/studio/processes"})
@Tag(name = "Studio")
class StudioController {

  private final ProcessCatalogue catalogue;
  private final ProcessDrafting drafting;
  private final ModelValidation validation;
  private final ProcessPublishing publishing;
  private final ProcessRollback rollback;
  private final StudioAudit audit;

  StudioController(
      ProcessCatalogue catalogue,
      ProcessDrafting drafting,
      ModelValidation validation,
      ProcessPublishing publishing,
      ProcessRollback rollback,
      StudioAudit audit) {
    this.catalogue = catalogue;
    this.drafting = drafting;
    this.validation = validation;
    this.publishing = publishing;
    this.rollback = rollback;
    this.audit = audit;
  }

  @GetMapping
  @Operation(summary = "Every process with its versions and the open tickets on each")
  List<ProcessSummary> processes(Actor actor) {
    return catalogue.processes(actor);
  }

  @GetMapping("/{key}/draft")
  @Operation(summary = "The draft (revision 0: the current version, nothing saved yet)")
  Draft draft(Actor actor, @PathVariable String key) {
    return drafting.draft(actor, key);
  }

  @PutMapping("/{key}/draft")
  @Operation(summary = "Save the draft over the revision you loaded; 409 if someone saved since")
  Draft save(Actor actor, @PathVariable String key, @RequestBody DraftForm form) {
    return drafting.save(actor, key, form.xml(), required(form.revision(), "revision"));
  }

  @DeleteMapping("/{key}/draft")
  @Operation(summary = "Discard the draft you loaded at that revision")
  ResponseEntity<Void> discard(
      Actor actor, @PathVariable String key, @RequestParam Integer revision) {
    drafting.discard(actor, key, required(revision, "revision"));
    return ResponseEntity.noContent().build();
  }

  @PostMapping(
      path = "/{key}/validate",
      consumes = {"application/xml", "text/xml", "application/octet-stream"})
  @Operation(summary = "The problems of a model, each at its element; valid if there are none")
  Validation validate(Actor actor, @PathVariable String key, @RequestBody byte[] xml) {
    return validation.validate(actor, key, xml);
  }

  @PostMapping("/{key}/publish")
  @Operation(summary = "Publish the draft you loaded as the tenant's next version")
  Published publish(Actor actor, @PathVariable String key, @RequestBody PublishForm form) {
    return publishing.publish(actor, key, required(form.revision(), "revision"));
  }

  @PostMapping("/{key}/rollback")
  @Operation(summary = "Publish an earlier version again as the next version")
  Published rollback(Actor actor, @PathVariable String key, @RequestBody RollbackForm form) {
    return rollback.rollback(actor, key, required(form.version(), "version"));
  }

  @GetMapping("/{key}/audit")
  @Operation(summary = "Who saved, published and rolled back this process, newest first")
  List<StudioAudit.Entry> audit(Actor actor, @PathVariable String key) {
    return audit.of(actor, key);
  }

  private static int required(Integer value, String field) {
    if (value == null) {
      throw new InvalidInputException(field, "is required");
    }
    return value;
  }

  /** A draft to save: the XML and the revision the editor loaded. */
  record DraftForm(String xml, Integer revision) {}

  /** The revision of the draft the editor publishes. */
  record PublishForm(Integer revision) {}

  /** The version to publish again. */
  record RollbackForm(Integer version) {}
}
