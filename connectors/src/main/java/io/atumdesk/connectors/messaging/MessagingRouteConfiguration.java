package io.atumdesk.connectors.messaging;

import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * The inbound messaging routes' shared error handling: no retries here (the provider retries a
 * failed delivery, and the handler is idempotent), every failure kept with its reason by the
 * dead-letter route.
 */
@Component
public class MessagingRouteConfiguration extends RouteConfigurationBuilder {

  public static final String ID = "messaging-errors";

  @Override
  public void configuration() {
    routeConfiguration(ID).errorHandler(deadLetterChannel(MessagingRoutes.DEAD_LETTER));
  }
}
