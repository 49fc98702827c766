package io.atumdesk.connectors.messaging;

/**
 * What to answer the provider: an HTTP status, a content type and a body (Slack's challenge, empty
 * TwiML for Twilio); {@code problem} says why a request was refused or set aside, else null.
 */
public record HookResult(int status, String contentType, String body, String problem) {

  public static HookResult ok(String contentType, String body) {
    return new HookResult(200, contentType, body, null);
  }

  public static HookResult unauthorized(String reason) {
    return new HookResult(401, null, null, reason);
  }

  public static HookResult rejected(String reason) {
    return new HookResult(400, null, null, reason);
  }

  public boolean refused() {
    return problem != null;
  }
}
