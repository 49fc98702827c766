package io.atumdesk.studio;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.workflow.ModelDiff;
import io.atumdesk.workflow.ModelDiffs;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The differences between two of a tenant's models of a process: two version numbers, or {@code
 * current} or {@code draft} (the saved draft; the current version when none is saved).
 */
@Service
public class ProcessDiffing {

  static final String CURRENT = "current";
  static final String DRAFT = "draft";

  private final TenantProcesses processes;
  private final ProcessDrafts drafts;
  private final ModelDiffs diffs;
  private final StudioAccess access;

  ProcessDiffing(
      TenantProcesses processes, ProcessDrafts drafts, ModelDiffs diffs, StudioAccess access) {
    this.processes = processes;
    this.drafts = drafts;
    this.diffs = diffs;
    this.access = access;
  }

  @Transactional(readOnly = true)
  public VersionDiff diff(Actor actor, String processKey, String from, String to) {
    access.require(actor);
    var before = model(processKey, from, "from");
    var after = model(processKey, to, "to");
    return new VersionDiff(
        processKey, before.label(), after.label(), diffs.diff(before.xml(), after.xml()));
  }

  /** One model's XML: a version number, current or draft; for the diagrams of a diff. */
  @Transactional(readOnly = true)
  public byte[] model(Actor actor, String processKey, String which) {
    access.require(actor);
    return model(processKey, which, "model").xml();
  }

  /** What changed from the current version to {@code xml}, for the audit trail. */
  String sinceCurrent(String processKey, byte[] xml) {
    return diffs.diff(processes.current(processKey).xml(), xml).text();
  }

  /** The changes between two versions, for the audit trail. */
  ModelDiff between(String processKey, int from, int to) {
    return diffs.diff(
        processes.version(processKey, from).xml(), processes.version(processKey, to).xml());
  }

  private Labelled model(String processKey, String which, String parameter) {
    if (which == null || which.isBlank()) {
      throw new InvalidInputException(parameter, "is required: a version number, current or draft");
    }
    if (which.equals(CURRENT)) {
      var current = processes.current(processKey);
      return new Labelled("v" + current.number(), current.xml());
    }
    if (which.equals(DRAFT)) {
      var current = processes.current(processKey);
      return drafts
          .findByProcessKey(processKey)
          .map(d -> new Labelled("draft revision " + d.revision(), d.xml()))
          .orElseGet(
              () -> new Labelled("draft (v" + current.number() + ", unchanged)", current.xml()));
    }
    int number;
    try {
      number = Integer.parseInt(which);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          parameter, "is '" + which + "'; give a version number, current or draft");
    }
    var version = processes.version(processKey, number);
    return new Labelled("v" + version.number(), version.xml());
  }

  private record Labelled(String label, byte[] xml) {}

  /** The changes from one model of a process to another. */
  public record VersionDiff(String processKey, String from, String to, ModelDiff diff) {}
}
