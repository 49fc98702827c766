package io.atumdesk.alert.web;

import io.atumdesk.alert.AlertDeadLetter;
import io.atumdesk.alert.AlertHooks;
import io.atumdesk.core.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The alerts that could not be handled, with their reason, for admins. */
@RestController
@Tag(name = "Alert webhooks")
class AlertDeadLetterController {

  private final AlertHooks hooks;

  AlertDeadLetterController(AlertHooks hooks) {
    this.hooks = hooks;
  }

  @GetMapping("/api/v1/alerts/dead-letters")
  @Operation(summary = "The latest 100 alert deliveries that could not be handled (admins)")
  List<DeadLetterView> list(Actor actor) {
    return hooks.deadLetters(actor).stream().map(DeadLetterView::of).toList();
  }

  record DeadLetterView(String sourceId, String reason, String payload, Instant receivedAt) {
    static DeadLetterView of(AlertDeadLetter letter) {
      return new DeadLetterView(
          letter.sourceId(), letter.reason(), letter.payload(), letter.receivedAt());
    }
  }
}
