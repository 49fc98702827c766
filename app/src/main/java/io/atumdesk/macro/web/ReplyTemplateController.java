package io.atumdesk.macro.web;

import io.atumdesk.core.Actor;
import io.atumdesk.macro.Macros;
import io.atumdesk.macro.RenderedReply;
import io.atumdesk.macro.ReplyTemplate;
import io.atumdesk.macro.TemplateForm;
import io.atumdesk.ticket.TicketKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reply templates over HTTP: admins write them, agents list them and fill them in for a ticket. */
@RestController
@Tag(name = "Reply templates")
class ReplyTemplateController {

  private static final String TEMPLATES = "/api/v1/reply-templates";

  private final Macros macros;

  ReplyTemplateController(Macros macros) {
    this.macros = macros;
  }

  @GetMapping(TEMPLATES)
  @Operation(summary = "The tenant's templates by name; ?language=de adds those for any language")
  List<TemplateView> list(Actor actor, @RequestParam(required = false) String language) {
    return macros.list(actor, language).stream().map(TemplateView::of).toList();
  }

  @GetMapping(TEMPLATES + "/placeholders")
  @Operation(summary = "The placeholders a template may use, such as ticket.key")
  List<String> placeholders() {
    return macros.placeholders();
  }

  @GetMapping(TEMPLATES + "/{id}")
  @Operation(summary = "One template")
  TemplateView get(Actor actor, @PathVariable long id) {
    return TemplateView.of(macros.get(actor, id));
  }

  @PostMapping(TEMPLATES)
  @Operation(summary = "Create a template (admins); unknown placeholders are refused")
  ResponseEntity<TemplateView> create(Actor actor, @RequestBody TemplateForm form) {
    ReplyTemplate created = macros.create(actor, form);
    return ResponseEntity.created(URI.create(TEMPLATES + "/" + created.id()))
        .body(TemplateView.of(created));
  }

  @PutMapping(TEMPLATES + "/{id}")
  @Operation(summary = "Replace a template (admins)")
  TemplateView update(Actor actor, @PathVariable long id, @RequestBody TemplateForm form) {
    return TemplateView.of(macros.update(actor, id, form));
  }

  @DeleteMapping(TEMPLATES + "/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete a template (admins)")
  void delete(Actor actor, @PathVariable long id) {
    macros.delete(actor, id);
  }

  @PostMapping("/api/v1/tickets/{key}/reply-templates/{id}/render")
  @Operation(summary = "Fill a template in for a ticket, as plain text for the reply editor")
  RenderedReply render(Actor actor, @PathVariable String key, @PathVariable long id) {
    return macros.render(actor, new TicketKey(key), id);
  }

  record TemplateView(
      Long id,
      String name,
      String body,
      String language,
      ReplyTemplate.Visibility visibility,
      String updatedBy,
      Instant updatedAt) {

    static TemplateView of(ReplyTemplate t) {
      return new TemplateView(
          t.id(), t.name(), t.body(), t.language(), t.visibility(), t.updatedBy(), t.updatedAt());
    }
  }
}
