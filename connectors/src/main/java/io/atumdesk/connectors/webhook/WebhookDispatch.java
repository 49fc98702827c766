package io.atumdesk.connectors.webhook;

import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/** The way out for deliveries: one call through the {@code webhooks-outbound} route. */
@Component
public class WebhookDispatch {

  private final ProducerTemplate producer;

  WebhookDispatch(ProducerTemplate producer) {
    this.producer = producer;
  }

  public WebhookOutcome send(WebhookCall call) {
    return producer.requestBody(WebhookRoutes.OUTBOUND, call, WebhookOutcome.class);
  }
}
