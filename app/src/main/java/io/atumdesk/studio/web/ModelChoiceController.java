package io.atumdesk.studio.web;

import io.atumdesk.core.Actor;
import io.atumdesk.studio.ModelChoices;
import io.atumdesk.workflow.PaletteAction;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the modeler's properties panel offers: actions, forms, groups and decision tables. */
@RestController
@RequestMapping({"/api/v1/studio", "/studio"})
@Tag(name = "Studio")
class ModelChoiceController {

  private final ModelChoices choices;

  ModelChoiceController(ModelChoices choices) {
    this.choices = choices;
  }

  @GetMapping("/actions")
  @Operation(summary = "The named actions service tasks may call, with their parameters")
  List<PaletteAction> actions(Actor actor) {
    return choices.actions(actor);
  }

  @GetMapping("/forms")
  @Operation(summary = "The ids of the forms a user task may show")
  List<String> forms(Actor actor) {
    return choices.forms(actor);
  }

  @GetMapping("/choices")
  @Operation(summary = "Actions, forms, groups and decision tables, for the properties panel")
  ModelChoices.Choices choices(Actor actor) {
    return choices.all(actor);
  }
}
