package io.atumdesk.studio.web;

import io.atumdesk.core.Actor;
import io.atumdesk.studio.ProcessDiffing;
import io.atumdesk.studio.ProcessDiffing.VersionDiff;
import io.atumdesk.studio.ProcessMigration;
import io.atumdesk.workflow.ProcessMigrations.MigrationPreview;
import io.atumdesk.workflow.ProcessMigrations.RunningInstance;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Between versions of a process: the diff, the running instances, and migration with a preview. */
@RestController
@RequestMapping({"/api/v1/studio/processes", "/studio/processes"})
@Tag(name = "Studio")
class StudioVersionsController {

  private final ProcessDiffing diffing;
  private final ProcessMigration migration;

  StudioVersionsController(ProcessDiffing diffing, ProcessMigration migration) {
    this.diffing = diffing;
    this.migration = migration;
  }

  @GetMapping("/{key}/diff")
  @Operation(
      summary =
          "Elements added, removed and changed between two versions (a number, current or draft)")
  VersionDiff diff(
      Actor actor,
      @PathVariable String key,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    return diffing.diff(actor, key, from, to);
  }

  @GetMapping("/{key}/instances")
  @Operation(summary = "The tenant's running instances on one version, with the steps they wait at")
  List<RunningInstance> instances(
      Actor actor, @PathVariable String key, @RequestParam int version) {
    return migration.running(actor, key, version);
  }

  @PostMapping("/{key}/migrations/preview")
  @Operation(summary = "For each chosen instance: where it waits, where it would land, or why not")
  List<MigrationPreview> preview(
      Actor actor, @PathVariable String key, @RequestBody ProcessMigration.Request request) {
    return migration.preview(actor, key, request);
  }

  @PostMapping("/{key}/migrations")
  @Operation(
      summary = "Move the chosen instances that may move; the others are reported, not moved")
  List<MigrationPreview> migrate(
      Actor actor, @PathVariable String key, @RequestBody ProcessMigration.Request request) {
    return migration.migrate(actor, key, request);
  }
}
