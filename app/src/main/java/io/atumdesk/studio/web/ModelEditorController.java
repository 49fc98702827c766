package io.atumdesk.studio.web;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.studio.ModelEditing;
import io.atumdesk.studio.ModelEditing.Draft;
import io.atumdesk.studio.ModelEditing.Validation;
import io.atumdesk.studio.ModelKind;
import io.atumdesk.studio.StudioAudit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Decision tables ({@code decisions}) and forms ({@code forms}) in the studio: the draft, its
 * validation, publishing and the audit trail. The same endpoints serve the API and, under /studio,
 * the dmn-js and form-js editors with their session and CSRF token.
 */
@RestController
@RequestMapping({"/api/v1/studio/{kind:decisions|forms}", "/studio/{kind:decisions|forms}"})
@Tag(name = "Studio")
class ModelEditorController {

  private final ModelEditing editing;

  ModelEditorController(ModelEditing editing) {
    this.editing = editing;
  }

  @GetMapping("/{key}/draft")
  @Operation(summary = "The draft (revision 0: the current version, nothing saved yet)")
  Draft draft(Actor actor, @PathVariable String kind, @PathVariable String key) {
    return editing.draft(actor, kind(kind), key);
  }

  @PutMapping("/{key}/draft")
  @Operation(summary = "Save the draft over the revision you loaded; 409 if someone saved since")
  Draft save(
      Actor actor,
      @PathVariable String kind,
      @PathVariable String key,
      @RequestBody DraftForm form) {
    return editing.save(actor, kind(kind), key, form.content(), required(form.revision()));
  }

  @PostMapping("/{key}/validate")
  @Operation(summary = "The problems of a table (by rule and column) or form (by component)")
  Validation validate(
      Actor actor,
      @PathVariable String kind,
      @PathVariable String key,
      @RequestBody ContentForm form) {
    return editing.validate(actor, kind(kind), key, form.content());
  }

  @PostMapping("/{key}/publish")
  @Operation(summary = "Publish the draft you loaded as the tenant's next version")
  Map<String, Object> publish(
      Actor actor,
      @PathVariable String kind,
      @PathVariable String key,
      @RequestBody PublishForm form) {
    int version = editing.publish(actor, kind(kind), key, required(form.revision()));
    return Map.of("key", key, "version", version);
  }

  @GetMapping("/{key}/audit")
  @Operation(summary = "Who saved and published this table or form, newest first")
  List<StudioAudit.Entry> audit(Actor actor, @PathVariable String kind, @PathVariable String key) {
    return editing.audit(actor, kind(kind), key);
  }

  static ModelKind kind(String path) {
    return path.equals("decisions") ? ModelKind.DECISION : ModelKind.FORM;
  }

  private static int required(Integer revision) {
    if (revision == null) {
      throw new InvalidInputException("revision", "is required");
    }
    return revision;
  }

  /** A draft to save: the DMN XML or form-js JSON, and the revision the editor loaded. */
  record DraftForm(String content, Integer revision) {}

  /** A table's DMN XML or a form's form-js JSON to check. */
  record ContentForm(String content) {}

  /** The revision of the draft the editor publishes. */
  record PublishForm(Integer revision) {}
}
