package io.atumdesk.connectors.webhook;

/**
 * What one attempt came to.
 *
 * @param status the receiver's HTTP status, or 0 when no answer came
 * @param response the first 2 KB of the receiver's answer, or null
 * @param reason why it failed, or null when delivered
 */
public record WebhookOutcome(
    Result result, int status, String response, long durationMillis, String reason) {

  /** Delivered; worth another try later; or never worth another try. */
  public enum Result {
    DELIVERED,
    RETRY,
    PERMANENT
  }

  static final int LONGEST_RESPONSE = 2048;

  static WebhookOutcome of(Result result, int status, String response, long millis, String why) {
    String cut =
        response == null || response.length() <= LONGEST_RESPONSE
            ? response
            : response.substring(0, LONGEST_RESPONSE);
    return new WebhookOutcome(result, status, cut, millis, why);
  }
}
