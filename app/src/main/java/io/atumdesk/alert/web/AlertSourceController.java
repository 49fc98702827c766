package io.atumdesk.alert.web;

import io.atumdesk.alert.AlertSourceAdministration;
import io.atumdesk.alert.AlertSourceAdministration.SourceForm;
import io.atumdesk.alert.AlertSourceAdministration.SourceView;
import io.atumdesk.core.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins manage the monitoring systems allowed to raise incidents; secrets are shown once. */
@RestController
@RequestMapping("/api/v1/alerts/sources")
@Tag(name = "Alert webhooks")
class AlertSourceController {

  private final AlertSourceAdministration sources;

  AlertSourceController(AlertSourceAdministration sources) {
    this.sources = sources;
  }

  @GetMapping
  @Operation(summary = "The tenant's alert sources, without their secrets (admins)")
  List<SourceView> list(Actor actor) {
    return sources.list(actor);
  }

  @PostMapping
  @Operation(summary = "Adds a source; the answer's secret is shown this once, url is its hook")
  ResponseEntity<SourceView> create(Actor actor, @RequestBody SourceForm form) {
    SourceView created = sources.create(actor, form);
    return ResponseEntity.created(URI.create("/api/v1/alerts/sources/" + created.id()))
        .body(created);
  }

  @GetMapping("/{id}")
  SourceView get(Actor actor, @PathVariable Long id) {
    return sources.get(actor, id);
  }

  @PutMapping("/{id}")
  @Operation(summary = "Changes type, category, recovery setting or enabled; the key stays")
  SourceView update(Actor actor, @PathVariable Long id, @RequestBody SourceForm form) {
    return sources.update(actor, id, form);
  }

  @PostMapping("/{id}/secret")
  @Operation(summary = "Makes a new secret, shown this once; the old one stops working at once")
  SourceView rotate(Actor actor, @PathVariable Long id) {
    return sources.rotateSecret(actor, id);
  }
}
