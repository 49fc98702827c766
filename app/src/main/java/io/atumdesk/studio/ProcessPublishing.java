package io.atumdesk.studio;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.studio.StudioAuditEntry.Action;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishing: the draft, once it validates, is deployed as the tenant's next version; tickets
 * raised from then on start on it and running tickets keep theirs. The draft is used up.
 */
@Service
public class ProcessPublishing {

  private final ProcessDrafts drafts;
  private final DraftConflicts conflicts;
  private final VersionDeployer deployer;
  private final StudioAccess access;
  private final StudioAudit audit;
  private final ProcessDiffing diffing;

  ProcessPublishing(
      ProcessDrafts drafts,
      DraftConflicts conflicts,
      VersionDeployer deployer,
      StudioAccess access,
      StudioAudit audit,
      ProcessDiffing diffing) {
    this.diffing = diffing;
    this.drafts = drafts;
    this.conflicts = conflicts;
    this.deployer = deployer;
    this.access = access;
    this.audit = audit;
  }

  /** Publishes the draft its editor loaded at that revision. */
  @Transactional
  public Published publish(Actor actor, String processKey, int loadedRevision) {
    access.require(actor);
    ProcessDraft draft =
        drafts
            .findForUpdateByProcessKey(processKey)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "There is no saved draft of '" + processKey + "'; save one first."));
    conflicts.requireLoaded(actor, draft, loadedRevision);
    String changes = diffing.sinceCurrent(processKey, draft.xml());
    ProcessVersion published =
        deployer.deploy(actor, processKey, draft.xml(), draft.parentVersion());
    drafts.delete(draft);
    audit.record(
        actor,
        Action.PUBLISH,
        processKey,
        published.versionNumber(),
        "published draft revision %d made from v%d"
            .formatted(draft.revision(), draft.parentVersion()),
        changes);
    return Published.of(published);
  }
}
