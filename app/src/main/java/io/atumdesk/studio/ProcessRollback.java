package io.atumdesk.studio;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.studio.StudioAuditEntry.Action;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rollback publishes an earlier version (the tenant's or the shipped one it started from) again as
 * the next number, after validating it anew: the line of versions only grows, and running tickets
 * keep theirs.
 */
@Service
public class ProcessRollback {

  private final TenantProcesses processes;
  private final VersionDeployer deployer;
  private final StudioAccess access;
  private final StudioAudit audit;
  private final ProcessDiffing diffing;

  ProcessRollback(
      TenantProcesses processes,
      VersionDeployer deployer,
      StudioAccess access,
      StudioAudit audit,
      ProcessDiffing diffing) {
    this.diffing = diffing;
    this.processes = processes;
    this.deployer = deployer;
    this.access = access;
    this.audit = audit;
  }

  @Transactional
  public Published rollback(Actor actor, String processKey, int toVersion) {
    access.require(actor);
    var earlier = processes.version(processKey, toVersion);
    if (processes.current(processKey).number() == toVersion) {
      throw new ConflictException(
          "Version " + toVersion + " of '" + processKey + "' is already the current one.");
    }
    String changes = diffing.sinceCurrent(processKey, earlier.xml());
    ProcessVersion published = deployer.deploy(actor, processKey, earlier.xml(), toVersion);
    audit.record(
        actor,
        Action.ROLLBACK,
        processKey,
        published.versionNumber(),
        "v%d publishes v%d again".formatted(published.versionNumber(), toVersion),
        changes);
    return Published.of(published);
  }
}
