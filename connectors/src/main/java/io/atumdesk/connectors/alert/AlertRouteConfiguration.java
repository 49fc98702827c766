package io.atumdesk.connectors.alert;

import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * The alert routes' shared error handling: no retries (the sender retries a failed delivery), every
 * failure handed to the dead-letter route with its reason.
 */
@Component
class AlertRouteConfiguration extends RouteConfigurationBuilder {

  static final String ID = "alerts-errors";

  @Override
  public void configuration() {
    routeConfiguration(ID).errorHandler(deadLetterChannel(AlertRoutes.DEAD_LETTER));
  }
}
