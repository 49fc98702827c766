package io.atumdesk.connectors.webhook;

import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * The webhook routes' shared error handling: no retries inside the route (outbound retries are the
 * delivery log's, by the one backoff policy; inbound senders retry themselves), every failure
 * handed to the dead-letter route with its reason.
 */
@Component
class WebhookRouteConfiguration extends RouteConfigurationBuilder {

  static final String ID = "webhooks-errors";

  @Override
  public void configuration() {
    routeConfiguration(ID).errorHandler(deadLetterChannel(WebhookRoutes.DEAD_LETTER));
  }
}
