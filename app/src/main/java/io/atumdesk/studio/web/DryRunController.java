package io.atumdesk.studio.web;

import io.atumdesk.core.Actor;
import io.atumdesk.studio.ProcessDryRun;
import io.atumdesk.workflow.DryRunState;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dry runs of a process's draft in the tenant's sandbox (the pages are in {@link
 * StudioVersionPagesController}).
 */
@RestController
@RequestMapping("/api/v1/studio/processes")
@Tag(name = "Studio")
class DryRunController {

  private final ProcessDryRun dryRun;

  DryRunController(ProcessDryRun dryRun) {
    this.dryRun = dryRun;
  }

  @PostMapping("/{key}/dry-runs")
  @Operation(summary = "Dry-run the draft with sample ticket fields; nothing is sent or written")
  ResponseEntity<DryRunState> start(
      Actor actor, @PathVariable String key, @RequestBody(required = false) StartForm form) {
    var state = dryRun.start(actor, key, form == null ? Map.of() : form.sample());
    return ResponseEntity.status(201).body(state);
  }

  @GetMapping("/{key}/dry-runs/{run}")
  @Operation(summary = "The path taken, the decisions made and the tasks waiting")
  DryRunState state(Actor actor, @PathVariable String key, @PathVariable String run) {
    return dryRun.state(actor, key, run);
  }

  @GetMapping(path = "/{key}/dry-runs/{run}/model", produces = MediaType.APPLICATION_XML_VALUE)
  byte[] model(Actor actor, @PathVariable String key, @PathVariable String run) {
    return dryRun.model(actor, key, run);
  }

  @PostMapping("/{key}/dry-runs/{run}/tasks/{task}/complete")
  @Operation(summary = "Complete a waiting task of the dry run with sample form data")
  DryRunState complete(
      Actor actor,
      @PathVariable String key,
      @PathVariable String run,
      @PathVariable String task,
      @RequestBody(required = false) CompleteForm form) {
    return dryRun.complete(actor, key, run, task, form == null ? Map.of() : form.formData());
  }

  @DeleteMapping("/{key}/dry-runs/{run}")
  @Operation(summary = "Close the dry run: its sandbox deployment and history are removed")
  ResponseEntity<Void> close(Actor actor, @PathVariable String key, @PathVariable String run) {
    dryRun.close(actor, key, run);
    return ResponseEntity.noContent().build();
  }

  /** Sample ticket fields (impact, urgency, category, ...) the run starts with. */
  record StartForm(Map<String, Object> sample) {}

  /** The form data a task is completed with (e.g. outcome). */
  record CompleteForm(Map<String, Object> formData) {}
}
