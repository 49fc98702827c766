package io.atumdesk.alert.web;

import io.atumdesk.alert.AlertHooks;
import io.atumdesk.alert.AlertSourceRefused;
import io.atumdesk.alert.SourceCredentials;
import io.atumdesk.core.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Webhooks for monitoring systems; each source authenticates with its own secret, not a user. */
@RestController
@Tag(name = "Alert webhooks")
class AlertHookController {

  static final String HOOKS = "/api/v1/hooks/alerts";

  private final AlertHooks hooks;

  AlertHookController(AlertHooks hooks) {
    this.hooks = hooks;
  }

  @PostMapping(HOOKS + "/{sourceId}")
  @Operation(summary = "Alerts from Alertmanager, Grafana or a generic sender: incidents per alert")
  ResponseEntity<Map<String, Integer>> receive(
      @PathVariable String sourceId,
      @RequestHeader(name = "Authorization", required = false) String authorization,
      @RequestHeader(name = "X-Atum-Timestamp", required = false) String timestamp,
      @RequestHeader(name = "X-Atum-Signature", required = false) String signature,
      @RequestBody(required = false) String payload) {
    var result =
        hooks.receive(
            sourceId, new SourceCredentials(authorization, timestamp, signature), payload);
    if (result.deadLettered()) {
      throw new InvalidInputException(
          "body", result.deadLetterReason() + " (kept as a dead letter for an admin to look at)");
    }
    return ResponseEntity.accepted().body(Map.of("alerts", result.alerts()));
  }

  @ExceptionHandler(AlertSourceRefused.class)
  ResponseEntity<ProblemDetail> refused(AlertSourceRefused e) {
    var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
    problem.setTitle("Unauthorized");
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .header("WWW-Authenticate", "Bearer realm=\"ATUM DESK alerts\"")
        .body(problem);
  }
}
