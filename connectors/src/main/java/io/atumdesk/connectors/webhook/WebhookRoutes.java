package io.atumdesk.connectors.webhook;

import io.atumdesk.connectors.webhook.WebhookOutcome.Result;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Webhooks out ({@code webhooks-outbound}: one signed POST per call) and in ({@code
 * webhooks-inbound}: map the payload, hand it to the receiver). Both start by dropping every
 * header, so nothing but the body the application built can steer them.
 */
@Component
class WebhookRoutes extends RouteBuilder {

  private static final Logger LOG = LoggerFactory.getLogger(WebhookRoutes.class);

  static final String OUTBOUND = "direct:webhooks-outbound";
  static final String INBOUND = "direct:webhooks-inbound";
  static final String DEAD_LETTER = "direct:webhooks-dead-letter";

  private final WebhookSender sender;
  private final WebhookTicketReceiver receiver;

  WebhookRoutes(WebhookSender sender, WebhookTicketReceiver receiver) {
    this.sender = sender;
    this.receiver = receiver;
  }

  @Override
  public void configure() {
    from(OUTBOUND)
        .routeId("webhooks-outbound")
        .routeConfigurationId(WebhookRouteConfiguration.ID)
        .removeHeaders("*")
        .process(
            e -> e.getMessage().setBody(sender.send(e.getMessage().getBody(WebhookCall.class))));

    from(INBOUND)
        .routeId("webhooks-inbound")
        .routeConfigurationId(WebhookRouteConfiguration.ID)
        .removeHeaders("*")
        .process(this::receive);

    from(DEAD_LETTER)
        .routeId("webhooks-dead-letter")
        .log(LoggingLevel.WARN, "Webhook kept as a dead letter: ${exception.message}")
        .process(this::keep);
  }

  private void receive(Exchange exchange) {
    InboundWebhook webhook = exchange.getMessage().getBody(InboundWebhook.class);
    exchange.setProperty("webhook", webhook);
    exchange.getMessage().setBody(receiver.receive(WebhookMapping.apply(webhook)));
  }

  private void keep(Exchange exchange) {
    Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    String reason = cause == null ? "unknown" : String.valueOf(cause.getMessage());
    var message = exchange.getMessage();
    if (message.getBody() instanceof WebhookCall call) {
      message.setBody(WebhookOutcome.of(Result.RETRY, 0, null, 0, reason));
      LOG.warn("Webhook {} failed in the route: {}", call, reason);
      return;
    }
    InboundWebhook webhook = exchange.getProperty("webhook", InboundWebhook.class);
    if (webhook == null && message.getBody() instanceof InboundWebhook body) {
      webhook = body;
    }
    if (webhook != null) {
      receiver.deadLetter(webhook.sourceId(), webhook.payload(), reason);
    }
    // A mapping problem is the sender's to fix and is told; anything else stays with the admins.
    message.setBody(
        IntakeOutcome.deadLettered(
            cause instanceof IllegalArgumentException
                ? reason
                : "the payload could not be handled; an admin can see why"));
  }
}
