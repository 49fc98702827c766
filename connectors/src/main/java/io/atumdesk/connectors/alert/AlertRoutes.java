package io.atumdesk.connectors.alert;

import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Alerts in: the payload is normalised, then each alert is handed to the receiver on its own, so
 * one failing alert becomes one dead letter and the rest still arrive.
 */
@Component
class AlertRoutes extends RouteBuilder {

  static final String INBOUND = "direct:alerts";
  static final String DELIVER = "direct:alert-deliver";
  static final String DEAD_LETTER = "direct:alert-dead-letter";
  static final String SOURCE = "AtumAlertSource";
  static final String FORMAT = "AtumAlertFormat";

  private final AlertReceiver receiver;

  AlertRoutes(AlertReceiver receiver) {
    this.receiver = receiver;
  }

  @Override
  public void configure() {
    from(INBOUND)
        .routeId("alerts-inbound")
        .routeConfigurationId(AlertRouteConfiguration.ID)
        // Whatever else came along (CamelExecCommandExecutable, cAmElHttpUri...) never steers us.
        .removeHeaders("*", SOURCE, FORMAT)
        .process(this::normalise)
        .split(body())
        .to(DELIVER)
        .end()
        .process(e -> e.getMessage().setBody(IntakeResult.accepted(alerts(e).size())));

    from(DELIVER)
        .routeId("alerts-deliver")
        .routeConfigurationId(AlertRouteConfiguration.ID)
        .process(e -> receiver.receive(e.getMessage().getBody(InboundAlert.class)));

    from(DEAD_LETTER)
        .routeId("alerts-dead-letter")
        .log(
            LoggingLevel.WARN,
            "Alert from source ${header.AtumAlertSource} kept as a dead letter: ${exception.message}")
        .process(this::keep);
  }

  private void normalise(Exchange exchange) {
    var message = exchange.getMessage();
    message.setBody(
        AlertPayloads.parse(
            message.getHeader(SOURCE, String.class),
            AlertFormat.valueOf(message.getHeader(FORMAT, String.class)),
            message.getBody(String.class)));
  }

  private void keep(Exchange exchange) {
    Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    String reason = cause == null ? "unknown" : String.valueOf(cause.getMessage());
    var message = exchange.getMessage();
    receiver.deadLetter(
        message.getHeader(SOURCE, String.class), String.valueOf(message.getBody()), reason);
    // Only a payload problem is the sender's to know; anything else may name our internals.
    message.setBody(
        IntakeResult.deadLettered(
            cause instanceof UnreadableAlertException
                ? reason
                : "the alert could not be processed and was kept for the administrators"));
  }

  @SuppressWarnings("unchecked")
  private static List<InboundAlert> alerts(Exchange exchange) {
    return exchange.getMessage().getBody(List.class);
  }
}
