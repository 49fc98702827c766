package io.atumdesk.connectors.messaging;

import io.atumdesk.connectors.outbound.DeliveryException;
import io.atumdesk.connectors.outbound.OutboundMessage;
import io.atumdesk.connectors.outbound.OutboundTransport;
import java.util.Map;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;

/** Sends through a channel's outbound route and reports its failures as the route raised them. */
public abstract class MessagingTransport implements OutboundTransport {

  private final String channel;
  private final ProducerTemplate producer;

  protected MessagingTransport(String channel, ProducerTemplate producer) {
    this.channel = channel;
    this.producer = producer;
  }

  @Override
  public String channel() {
    return channel;
  }

  @Override
  public String send(OutboundMessage message, Map<String, String> account)
      throws DeliveryException {
    try {
      return producer.requestBodyAndHeaders(
          OutboundRoute.outboundUri(channel),
          message,
          Map.of(
              OutboundRoute.SETTINGS,
              account,
              OutboundRoute.ACCOUNT_KEY,
              channel + ":" + message.account()),
          String.class);
    } catch (CamelExecutionException e) {
      if (e.getCause() instanceof DeliveryException delivery) {
        throw delivery;
      }
      throw DeliveryException.temporary("The " + channel + " route failed: " + e.getCause(), e);
    }
  }
}
