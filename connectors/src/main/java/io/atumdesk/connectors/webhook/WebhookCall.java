package io.atumdesk.connectors.webhook;

/**
 * One attempt to deliver one event to one subscriber, as the application's delivery log holds it.
 *
 * @param deliveryId sent as {@code X-Atum-Delivery}, the same on every attempt, for idempotency
 * @param event sent as {@code X-Atum-Event}, such as {@code ticket.raised}
 * @param secret the subscription's signing secret, opened just for this attempt
 * @param body the JSON document, the same bytes on every attempt
 */
public record WebhookCall(String deliveryId, String event, String url, String secret, String body) {

  @Override
  public String toString() {
    return "WebhookCall[" + deliveryId + " " + event + " to " + url + "]";
  }
}
