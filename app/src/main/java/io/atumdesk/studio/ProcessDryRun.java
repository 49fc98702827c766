package io.atumdesk.studio;

import io.atumdesk.core.Actor;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.studio.StudioAuditEntry.Action;
import io.atumdesk.workflow.DryRunState;
import io.atumdesk.workflow.DryRuns;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dry runs of a process's draft (the current version when no draft is saved) in the tenant's
 * sandbox: started with sample ticket fields once the model validates, stepped through task by
 * task, and closed, which removes it. Nothing reaches a ticket, an inbox, a mail or a webhook (see
 * {@link DryRuns}). Starting one is audited with what the draft changes against the current
 * version.
 */
@Service
public class ProcessDryRun {

  private final ProcessDrafts drafts;
  private final TenantProcesses processes;
  private final ModelValidation validation;
  private final ProcessDiffing diffing;
  private final DryRuns dryRuns;
  private final StudioAccess access;
  private final StudioAudit audit;

  ProcessDryRun(
      ProcessDrafts drafts,
      TenantProcesses processes,
      ModelValidation validation,
      ProcessDiffing diffing,
      DryRuns dryRuns,
      StudioAccess access,
      StudioAudit audit) {
    this.drafts = drafts;
    this.processes = processes;
    this.validation = validation;
    this.diffing = diffing;
    this.dryRuns = dryRuns;
    this.access = access;
    this.audit = audit;
  }

  @Transactional
  public DryRunState start(Actor actor, String processKey, Map<String, Object> sample) {
    access.require(actor);
    var draft = drafts.findByProcessKey(processKey);
    var current = processes.current(processKey);
    byte[] xml = draft.map(ProcessDraft::xml).orElse(current.xml());
    validation.requireValid(actor, processKey, xml, "dry-run");
    var state =
        dryRuns.start(
            actor.tenantId(), actor.username(), xml, DryRuns.plainValues(sample, "sample"));
    audit.record(
        actor,
        Action.DRY_RUN,
        processKey,
        current.number(),
        draft
            .map(d -> "dry run %s of draft revision %d".formatted(state.runId(), d.revision()))
            .orElse("dry run %s of v%d".formatted(state.runId(), current.number())),
        diffing.sinceCurrent(processKey, xml));
    return state;
  }

  @Transactional(readOnly = true)
  public DryRunState state(Actor actor, String processKey, String runId) {
    access.require(actor);
    return of(actor, processKey, runId);
  }

  @Transactional
  public DryRunState complete(
      Actor actor, String processKey, String runId, String taskId, Map<String, Object> formData) {
    access.require(actor);
    of(actor, processKey, runId);
    return dryRuns.complete(
        actor.tenantId(), runId, taskId, DryRuns.plainValues(formData, "formData"));
  }

  @Transactional(readOnly = true)
  public byte[] model(Actor actor, String processKey, String runId) {
    access.require(actor);
    of(actor, processKey, runId);
    return dryRuns.model(actor.tenantId(), runId);
  }

  @Transactional
  public void close(Actor actor, String processKey, String runId) {
    access.require(actor);
    of(actor, processKey, runId);
    dryRuns.close(actor.tenantId(), runId);
  }

  /** The tenant's dry run of this process; any other answers 404. */
  private DryRunState of(Actor actor, String processKey, String runId) {
    var state = dryRuns.state(actor.tenantId(), runId);
    if (!state.processKey().equals(processKey)) {
      throw new NotFoundException("Dry run", runId);
    }
    return state;
  }
}
