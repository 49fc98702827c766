package io.atumdesk.studio.web;

import io.atumdesk.core.Actor;
import io.atumdesk.studio.ModelEditing;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The dmn-js editor of a decision table and the form-js editor of a form, with their trail. */
@Controller
class ModelEditorPageController {

  private final ModelEditing editing;

  ModelEditorPageController(ModelEditing editing) {
    this.editing = editing;
  }

  @GetMapping("/studio/{kind:decisions|forms}/{key}/edit")
  String editor(Actor actor, @PathVariable String kind, @PathVariable String key, Model model) {
    var modelKind = ModelEditorController.kind(kind);
    // Loading the draft answers 404 for a table or form the tenant does not have.
    editing.draft(actor, modelKind, key);
    model.addAttribute("kind", kind);
    model.addAttribute("key", key);
    model.addAttribute("audit", editing.audit(actor, modelKind, key));
    return "studio-editor";
  }
}
