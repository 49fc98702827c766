package io.atumdesk.connectors.alert;

import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * The way in for alerts that arrived over HTTP and whose source is already authenticated: only the
 * payload and the two facts the caller vouches for enter the route, never the request's headers.
 */
@Component
public class AlertIntake {

  private final ProducerTemplate producer;

  AlertIntake(ProducerTemplate producer) {
    this.producer = producer;
  }

  public IntakeResult receive(String sourceId, AlertFormat format, String payload) {
    return producer.requestBodyAndHeaders(
        AlertRoutes.INBOUND,
        payload,
        Map.of(AlertRoutes.SOURCE, sourceId, AlertRoutes.FORMAT, format.name()),
        IntakeResult.class);
  }
}
