package io.atumdesk.studio;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.InvalidInputException.FieldProblem;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.studio.StudioAuditEntry.Action;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing a decision table or form as a process is edited: a draft saved as often as the designer
 * likes (a save over a newer revision is refused with the other editor's name), checked by the
 * module that owns the model, and published as the tenant's next version. Everything is audited.
 */
@Service
public class ModelEditing {

  private final Map<ModelKind, EditableModel> models = new EnumMap<>(ModelKind.class);
  private final ModelDrafts drafts;
  private final DraftConflicts conflicts;
  private final StudioAccess access;
  private final StudioAudit audit;
  private final Clock clock;

  ModelEditing(
      List<EditableModel> models,
      ModelDrafts drafts,
      DraftConflicts conflicts,
      StudioAccess access,
      StudioAudit audit,
      Clock clock) {
    models.forEach(model -> this.models.put(model.kind(), model));
    this.drafts = drafts;
    this.conflicts = conflicts;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** The saved draft, or the current version as a draft of revision 0 when none is saved. */
  @Transactional(readOnly = true)
  public Draft draft(Actor actor, ModelKind kind, String key) {
    access.require(actor);
    return drafts
        .findByKindAndModelKey(kind, key)
        .map(ModelDraft::view)
        .orElseGet(
            () -> {
              var current = current(actor, kind, key);
              return new Draft(key, current.content(), 0, current.version(), null, null);
            });
  }

  /** Saves the draft over the revision its editor loaded. */
  @Transactional
  public Draft save(Actor actor, ModelKind kind, String key, String content, int loadedRevision) {
    access.require(actor);
    access.requireModelSize(bytes(content));
    models.get(kind).requireWellFormed(content);
    ModelDraft draft =
        drafts
            .findForUpdateByKindAndModelKey(kind, key)
            .orElseGet(() -> new ModelDraft(kind, key, current(actor, kind, key).version()));
    conflicts.requireLoaded(actor, draft.saved(), loadedRevision);
    draft.save(content, actor.username(), clock.instant());
    drafts.save(draft);
    audit.record(
        actor,
        Action.SAVE,
        kind.auditKey(key),
        draft.parentVersion(),
        "draft revision " + draft.revision() + " from v" + draft.parentVersion());
    return draft.view();
  }

  /** The problems of a text, each at its place; none means it may be published. */
  @Transactional(readOnly = true)
  public Validation validate(Actor actor, ModelKind kind, String key, String content) {
    access.require(actor);
    access.requireModelSize(bytes(content));
    current(actor, kind, key);
    List<Problem> problems = models.get(kind).check(actor, key, content);
    return new Validation(problems.isEmpty(), problems);
  }

  /** Publishes the draft its editor loaded at that revision as the tenant's next version. */
  @Transactional
  public int publish(Actor actor, ModelKind kind, String key, int loadedRevision) {
    access.require(actor);
    ModelDraft draft =
        drafts
            .findForUpdateByKindAndModelKey(kind, key)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "There is no saved draft of '" + key + "'; save one first."));
    conflicts.requireLoaded(actor, draft.saved(), loadedRevision);
    List<Problem> problems = models.get(kind).check(actor, key, draft.content());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          "The draft of '" + key + "' cannot be published: " + problems.get(0).message(),
          problems.stream().map(p -> new FieldProblem(p.place(), p.message())).toList());
    }
    int version = models.get(kind).publish(actor, key, draft.content());
    drafts.delete(draft);
    audit.record(
        actor,
        Action.PUBLISH,
        kind.auditKey(key),
        version,
        "published draft revision %d made from v%d"
            .formatted(draft.revision(), draft.parentVersion()));
    return version;
  }

  /** The trail of one table or form. */
  @Transactional(readOnly = true)
  public List<StudioAudit.Entry> audit(Actor actor, ModelKind kind, String key) {
    return audit.of(actor, kind.auditKey(key));
  }

  private EditableModel.Current current(Actor actor, ModelKind kind, String key) {
    return models
        .get(kind)
        .current(actor, key)
        .orElseThrow(
            () ->
                new NotFoundException(kind == ModelKind.DECISION ? "Decision table" : "Form", key));
  }

  private static byte[] bytes(String content) {
    return content == null ? new byte[0] : content.getBytes(StandardCharsets.UTF_8);
  }

  /** A draft as the editor loads it; savedBy is null until someone saves it. */
  public record Draft(
      String key,
      String content,
      int revision,
      int parentVersion,
      String savedBy,
      Instant savedAt) {}

  /**
   * A problem at its place: an element or form component ({@code elementId}), or a table's cell
   * ({@code ruleId} and {@code columnId}); all null for the model as a whole.
   */
  public record Problem(String elementId, String ruleId, String columnId, String message) {

    String place() {
      if (ruleId != null) {
        return ruleId + ":" + columnId;
      }
      return elementId != null ? elementId : "model";
    }
  }

  /** Whether a model may be published, and if not, why, place by place. */
  public record Validation(boolean valid, List<Problem> problems) {}
}
