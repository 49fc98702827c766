package io.atumdesk.change.web;

import io.atumdesk.change.BlackoutForm;
import io.atumdesk.change.BlackoutView;
import io.atumdesk.change.Blackouts;
import io.atumdesk.core.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Blackout windows: agents and the CAB read them, change managers and admins keep them. */
@RestController
@Tag(name = "Changes")
class BlackoutController {

  static final String BLACKOUTS = ChangeController.CHANGES + "/blackouts";

  private final Blackouts blackouts;

  BlackoutController(Blackouts blackouts) {
    this.blackouts = blackouts;
  }

  @GetMapping(BLACKOUTS)
  @Operation(summary = "All blackout windows, earliest first")
  List<BlackoutView> list(Actor actor) {
    return blackouts.list(actor);
  }

  @PostMapping(BLACKOUTS)
  @Operation(summary = "Record a blackout window (change managers, admins)")
  ResponseEntity<BlackoutView> create(Actor actor, @RequestBody BlackoutForm form) {
    BlackoutView created = blackouts.create(actor, form);
    return ResponseEntity.created(URI.create(BLACKOUTS + "/" + created.id())).body(created);
  }

  @PutMapping(BLACKOUTS + "/{id}")
  @Operation(summary = "Change a blackout window, sending the version it was read at")
  BlackoutView update(Actor actor, @PathVariable Long id, @RequestBody BlackoutForm form) {
    return blackouts.update(actor, id, form);
  }

  @DeleteMapping(BLACKOUTS + "/{id}")
  @Operation(summary = "Remove a blackout window")
  ResponseEntity<Void> delete(Actor actor, @PathVariable Long id) {
    blackouts.delete(actor, id);
    return ResponseEntity.noContent().build();
  }
}
