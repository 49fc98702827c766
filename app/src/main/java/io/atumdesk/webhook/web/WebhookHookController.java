package io.atumdesk.webhook.web;

import io.atumdesk.connectors.webhook.WebhookSignature;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.webhook.WebhookHooks;
import io.atumdesk.webhook.WebhookRefused;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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
import org.springframework.web.util.UriUtils;

/**
 * Generic inbound webhooks; each source signs its payloads with its own secret. Only the path's
 * source name, the signature and the body are read: no other header or parameter goes further.
 */
@RestController
@Tag(name = "Webhooks")
class WebhookHookController {

  static final String HOOKS = "/api/v1/hooks/webhook";

  /** Where sources were answered before every hook moved under {@code /api/v1/hooks}. */
  static final String DEPRECATED_HOOKS = "/hooks/webhook";

  private final WebhookHooks hooks;

  WebhookHookController(WebhookHooks hooks) {
    this.hooks = hooks;
  }

  @PostMapping(HOOKS + "/{source}")
  @Operation(summary = "A signed JSON payload that raises a ticket or continues its external id's")
  ResponseEntity<Map<String, Object>> receive(
      @PathVariable String source,
      @RequestHeader(name = WebhookSignature.HEADER, required = false) String signature,
      @RequestBody(required = false) String payload) {
    return accepted(source, signature, payload);
  }

  /** The old path, still answered so senders set up before keep working; it says so. */
  @Deprecated
  @PostMapping(DEPRECATED_HOOKS + "/{source}")
  @Operation(
      deprecated = true,
      summary = "Deprecated: the same as POST " + HOOKS + "/{source}; move senders there")
  ResponseEntity<Map<String, Object>> receiveAtOldPath(
      @PathVariable String source,
      @RequestHeader(name = WebhookSignature.HEADER, required = false) String signature,
      @RequestBody(required = false) String payload) {
    ResponseEntity<Map<String, Object>> answer = accepted(source, signature, payload);
    return ResponseEntity.status(answer.getStatusCode())
        .header("Deprecation", "true")
        .header("Link", "<%s/%s>; rel=\"successor-version\"".formatted(HOOKS, segment(source)))
        .body(answer.getBody());
  }

  private ResponseEntity<Map<String, Object>> accepted(
      String source, String signature, String payload) {
    var outcome = hooks.receive(source, signature, payload == null ? "" : payload);
    if (outcome.deadLettered()) {
      throw new InvalidInputException(
          "body", outcome.deadLetterReason() + " (kept as a dead letter for an admin to look at)");
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("ticket", outcome.ticketKey());
    answer.put("raised", outcome.raised());
    return ResponseEntity.accepted().body(answer);
  }

  private static String segment(String source) {
    return UriUtils.encodePathSegment(source, StandardCharsets.UTF_8);
  }

  @ExceptionHandler(WebhookRefused.class)
  ResponseEntity<ProblemDetail> refused(WebhookRefused e) {
    var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
    problem.setTitle("Unauthorized");
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .header("WWW-Authenticate", "Signature realm=\"ATUM DESK webhooks\"")
        .body(problem);
  }
}
