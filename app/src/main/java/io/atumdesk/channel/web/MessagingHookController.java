package io.atumdesk.channel.web;

import io.atumdesk.channel.MessagingHooks;
import io.atumdesk.connectors.messaging.FormBody;
import io.atumdesk.connectors.messaging.HookRequest;
import io.atumdesk.connectors.messaging.HookResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhooks of the messaging providers. Each account's URL carries its hook key; the provider proves
 * itself with the account's secret, not a user. The body is read as sent, since the signatures are
 * computed over it.
 */
@RestController
@Tag(name = "Messaging webhooks")
class MessagingHookController {

  static final String HOOKS = "/api/v1/hooks";

  private final MessagingHooks hooks;

  MessagingHookController(MessagingHooks hooks) {
    this.hooks = hooks;
  }

  @PostMapping(HOOKS + "/{channel:sms|slack|teams|telegram}/{hookKey}")
  @Operation(summary = "A message from Twilio, Slack, Teams or Telegram for one account")
  ResponseEntity<?> receive(
      @PathVariable String channel, @PathVariable String hookKey, HttpServletRequest request)
      throws IOException {
    HookResult result = hooks.receive(channel, hookKey, hookRequest(request));
    if (result.refused()) {
      HttpStatus status = HttpStatus.valueOf(result.status());
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, result.problem());
      problem.setTitle(status.getReasonPhrase());
      return ResponseEntity.status(status)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
    return ResponseEntity.status(result.status())
        .contentType(MediaType.parseMediaType(result.contentType()))
        .body(result.body());
  }

  private static HookRequest hookRequest(HttpServletRequest request) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.putIfAbsent(name.toLowerCase(Locale.ROOT), request.getHeader(name));
    }
    String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (body.isEmpty() && !request.getParameterMap().isEmpty()) {
      // A filter read the form before us; its fields are what Twilio signs, so rebuild them.
      Map<String, String> form = new LinkedHashMap<>();
      request.getParameterMap().forEach((name, values) -> form.put(name, values[0]));
      body = FormBody.encode(form);
    }
    String url = request.getRequestURL().toString();
    if (request.getQueryString() != null) {
      url += "?" + request.getQueryString();
    }
    return new HookRequest(url, headers, body);
  }
}
