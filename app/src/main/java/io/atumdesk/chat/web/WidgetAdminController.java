package io.atumdesk.chat.web;

import io.atumdesk.chat.WidgetAdministration;
import io.atumdesk.chat.WidgetSettings;
import io.atumdesk.chat.WidgetView;
import io.atumdesk.core.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admins manage their tenant's chat widgets. */
@RestController
@RequestMapping("/api/v1/chat/widgets")
@Tag(name = "Web chat widgets")
class WidgetAdminController {

  private final WidgetAdministration widgets;

  WidgetAdminController(WidgetAdministration widgets) {
    this.widgets = widgets;
  }

  @GetMapping
  List<WidgetView> list(Actor actor) {
    return widgets.list(actor);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a widget; its id goes into the script tag's data-widget")
  WidgetView create(Actor actor, @RequestBody WidgetSettings settings) {
    return widgets.create(actor, settings);
  }

  @GetMapping("/{id}")
  WidgetView get(Actor actor, @PathVariable String id) {
    return widgets.get(actor, id);
  }

  @PutMapping("/{id}")
  WidgetView update(Actor actor, @PathVariable String id, @RequestBody WidgetSettings settings) {
    return widgets.update(actor, id, settings);
  }
}
