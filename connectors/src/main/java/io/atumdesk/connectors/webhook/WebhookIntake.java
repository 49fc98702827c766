package io.atumdesk.connectors.webhook;

import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * The way in for payloads whose source is already authenticated: only the payload and the source's
 * mapping enter the {@code webhooks-inbound} route, never the request's headers or parameters.
 */
@Component
public class WebhookIntake {

  private final ProducerTemplate producer;

  WebhookIntake(ProducerTemplate producer) {
    this.producer = producer;
  }

  public IntakeOutcome receive(InboundWebhook webhook) {
    return producer.requestBody(WebhookRoutes.INBOUND, webhook, IntakeOutcome.class);
  }
}
