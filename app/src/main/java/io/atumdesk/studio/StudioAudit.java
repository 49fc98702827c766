package io.atumdesk.studio;

import io.atumdesk.core.Actor;
import io.atumdesk.studio.StudioAuditEntry.Action;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The studio's audit trail: every save, publish and rollback of a model, by whom and when. */
@Service
public class StudioAudit {

  private final StudioAuditEntries entries;
  private final StudioAccess access;
  private final Clock clock;

  StudioAudit(StudioAuditEntries entries, StudioAccess access, Clock clock) {
    this.entries = entries;
    this.access = access;
    this.clock = clock;
  }

  /** The newest entries about one model of the caller's tenant. */
  @Transactional(readOnly = true)
  public List<Entry> of(Actor actor, String modelKey) {
    access.require(actor);
    return entries.findTop200ByModelKeyOrderByHappenedAtDescIdDesc(modelKey).stream()
        .map(StudioAuditEntry::view)
        .toList();
  }

  void record(Actor actor, Action action, String modelKey, int version, String detail) {
    record(actor, action, modelKey, version, detail, null);
  }

  /**
   * An entry with the model's changes ({@code ModelDiff.text}), e.g. against the previous version.
   */
  void record(
      Actor actor, Action action, String modelKey, int version, String detail, String diff) {
    entries.save(
        new StudioAuditEntry(
            clock.instant(),
            actor.username(),
            action,
            modelKey,
            version,
            abbreviate(detail, 1000),
            diff == null ? null : abbreviate(diff, 200_000)));
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** One line of the trail; {@code diff} lists the model's changes where the action made any. */
  public record Entry(
      Instant at,
      String actor,
      String action,
      String modelKey,
      int version,
      String detail,
      String diff) {}
}
