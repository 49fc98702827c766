package io.atumdesk.webhook.web;

import io.atumdesk.core.Actor;
import io.atumdesk.webhook.SubscriptionAdministration;
import io.atumdesk.webhook.SubscriptionAdministration.SubscriptionForm;
import io.atumdesk.webhook.SubscriptionAdministration.SubscriptionView;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins subscribe URLs of their tenant to events; the secret is in the creating answer only. */
@RestController
@RequestMapping("/api/v1/webhooks/subscriptions")
@Tag(name = "Webhooks")
class SubscriptionController {

  private final SubscriptionAdministration subscriptions;

  SubscriptionController(SubscriptionAdministration subscriptions) {
    this.subscriptions = subscriptions;
  }

  @GetMapping
  List<SubscriptionView> list(Actor actor) {
    return subscriptions.list(actor);
  }

  @GetMapping("/{id}")
  SubscriptionView get(Actor actor, @PathVariable Long id) {
    return subscriptions.get(actor, id);
  }

  @PostMapping
  @Operation(summary = "Subscribe a URL to events; the answer holds the signing secret, once")
  ResponseEntity<SubscriptionView> create(Actor actor, @RequestBody SubscriptionForm form) {
    SubscriptionView created = subscriptions.create(actor, form);
    return ResponseEntity.created(URI.create("/api/v1/webhooks/subscriptions/" + created.id()))
        .body(created);
  }

  @PutMapping("/{id}")
  SubscriptionView update(Actor actor, @PathVariable Long id, @RequestBody SubscriptionForm form) {
    return subscriptions.update(actor, id, form);
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(Actor actor, @PathVariable Long id) {
    subscriptions.delete(actor, id);
    return ResponseEntity.noContent().build();
  }
}
