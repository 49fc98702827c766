package io.atumdesk.webhook.web;

import io.atumdesk.core.Actor;
import io.atumdesk.webhook.InboundLetter;
import io.atumdesk.webhook.SourceAdministration;
import io.atumdesk.webhook.SourceAdministration.SourceForm;
import io.atumdesk.webhook.SourceAdministration.SourceView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Admins add inbound webhook sources and see what they refused or could not map. */
@RestController
@Tag(name = "Webhooks")
class SourceController {

  static final String SOURCES = "/api/v1/webhooks/sources";

  private final SourceAdministration sources;

  SourceController(SourceAdministration sources) {
    this.sources = sources;
  }

  @GetMapping(SOURCES)
  List<SourceView> list(Actor actor) {
    return sources.list(actor);
  }

  @GetMapping(SOURCES + "/{id}")
  SourceView get(Actor actor, @PathVariable Long id) {
    return sources.get(actor, id);
  }

  @PostMapping(SOURCES)
  @Operation(summary = "Add an inbound source; the answer holds its signing secret, once")
  ResponseEntity<SourceView> create(Actor actor, @RequestBody SourceForm form) {
    SourceView created = sources.create(actor, form);
    return ResponseEntity.created(URI.create(SOURCES + "/" + created.id())).body(created);
  }

  @PutMapping(SOURCES + "/{id}")
  SourceView update(Actor actor, @PathVariable Long id, @RequestBody SourceForm form) {
    return sources.update(actor, id, form);
  }

  @DeleteMapping(SOURCES + "/{id}")
  ResponseEntity<Void> delete(Actor actor, @PathVariable Long id) {
    sources.delete(actor, id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/webhooks/inbound-letters")
  @Operation(summary = "The latest 100 refused or unmappable inbound payloads, with the reason")
  List<LetterView> letters(Actor actor) {
    return sources.letters(actor).stream().map(LetterView::of).toList();
  }

  record LetterView(
      Long id, String source, String kind, String reason, String payload, Instant receivedAt) {
    static LetterView of(InboundLetter l) {
      return new LetterView(
          l.id(), l.sourceName(), l.kind().name(), l.reason(), l.payload(), l.receivedAt());
    }
  }
}
