package io.atumdesk.studio;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.studio.StudioAuditEntry.Action;
import io.atumdesk.workflow.ProcessDeployments;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing a process's draft: it starts as the current version and is saved as often as the designer
 * likes without touching running tickets. A save names the revision its editor loaded; a save over
 * a newer one is refused with the other editor's name.
 */
@Service
public class ProcessDrafting {

  private final ProcessDrafts drafts;
  private final TenantProcesses processes;
  private final ProcessDeployments deployments;
  private final DraftConflicts conflicts;
  private final StudioAccess access;
  private final StudioAudit audit;
  private final Clock clock;

  ProcessDrafting(
      ProcessDrafts drafts,
      TenantProcesses processes,
      ProcessDeployments deployments,
      DraftConflicts conflicts,
      StudioAccess access,
      StudioAudit audit,
      Clock clock) {
    this.drafts = drafts;
    this.processes = processes;
    this.deployments = deployments;
    this.conflicts = conflicts;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** The saved draft, or the current version as a draft of revision 0 when none is saved. */
  @Transactional(readOnly = true)
  public Draft draft(Actor actor, String processKey) {
    access.require(actor);
    return drafts
        .findByProcessKey(processKey)
        .map(Draft::of)
        .orElseGet(
            () -> {
              var current = processes.current(processKey);
              return new Draft(processKey, text(current.xml()), 0, current.number(), null, null);
            });
  }

  /** Saves the draft over the revision its editor loaded. */
  @Transactional
  public Draft save(Actor actor, String processKey, String xml, int loadedRevision) {
    access.require(actor);
    byte[] bytes = xml == null ? new byte[0] : xml.getBytes(StandardCharsets.UTF_8);
    access.requireModelSize(bytes);
    String key = deployments.check(bytes).processKey();
    if (!key.equals(processKey)) {
      throw new InvalidInputException(
          "xml", "holds process '" + key + "', not '" + processKey + "'");
    }
    ProcessDraft draft =
        drafts
            .findForUpdateByProcessKey(processKey)
            .orElseGet(() -> new ProcessDraft(processKey, processes.current(processKey).number()));
    conflicts.requireLoaded(actor, draft, loadedRevision);
    draft.save(bytes, actor.username(), clock.instant());
    drafts.save(draft);
    audit.record(
        actor,
        Action.SAVE,
        processKey,
        draft.parentVersion(),
        "draft revision " + draft.revision() + " from v" + draft.parentVersion());
    return Draft.of(draft);
  }

  /** Throws the draft away; the next editor starts from the current version again. */
  @Transactional
  public void discard(Actor actor, String processKey, int loadedRevision) {
    access.require(actor);
    ProcessDraft draft =
        drafts
            .findForUpdateByProcessKey(processKey)
            .orElseThrow(() -> new NotFoundException("Draft", processKey));
    conflicts.requireLoaded(actor, draft, loadedRevision);
    drafts.delete(draft);
    audit.record(
        actor,
        Action.DISCARD,
        processKey,
        draft.parentVersion(),
        "discarded draft revision " + draft.revision());
  }

  private static String text(byte[] xml) {
    return new String(xml, StandardCharsets.UTF_8);
  }

  /** A draft as the editor loads it; savedBy is null until someone saves it. */
  public record Draft(
      String processKey,
      String xml,
      int revision,
      int parentVersion,
      String savedBy,
      Instant savedAt) {

    static Draft of(ProcessDraft draft) {
      return new Draft(
          draft.processKey(),
          text(draft.xml()),
          draft.revision(),
          draft.parentVersion(),
          draft.savedBy(),
          draft.savedAt());
    }
  }
}
