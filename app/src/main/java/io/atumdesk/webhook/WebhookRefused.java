package io.atumdesk.webhook;

/** An inbound payload whose source is unknown or whose signature does not hold: a 401. */
public class WebhookRefused extends RuntimeException {

  public WebhookRefused(String sourceName) {
    super(
        ("Webhook source '%s' refused: sign the raw body with the source's secret as"
                + " 'X-Atum-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\">',"
                + " with t within 5 minutes of now.")
            .formatted(sourceName));
  }
}
