package io.atumdesk.connectors.messaging;

import io.atumdesk.connectors.outbound.OutboundMessage;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.ProcessorDefinition;

/**
 * The outbound route of one channel ({@code <channel>-outbound}): the message and the account's
 * settings in, the provider's id out. Failures are not retried here: they reach the outbox as
 * {@link io.atumdesk.connectors.outbound.DeliveryException}s, which decides by their kind.
 */
public abstract class OutboundRoute extends RouteBuilder {

  public static final String SETTINGS = "AtumAccountSettings";
  public static final String ACCOUNT_KEY = "AtumAccountKey";

  private final String channel;
  private final ChannelApi api;

  protected OutboundRoute(String channel, ChannelApi api) {
    this.channel = channel;
    this.api = api;
  }

  public static String outboundUri(String channel) {
    return "direct:" + channel + "-outbound";
  }

  @Override
  public void configure() {
    // The outbox retries and logs; a failure here only goes back to it.
    errorHandler(noErrorHandler());
    shape(from(outboundUri(channel)).routeId(channel + "-outbound")).process(this::send);
  }

  /** Where a channel adds its own steps before the call (SMS: a rate limit per account). */
  protected ProcessorDefinition<?> shape(ProcessorDefinition<?> route) {
    return route;
  }

  @SuppressWarnings("unchecked")
  private void send(Exchange exchange) throws Exception {
    var message = exchange.getMessage();
    Map<String, String> settings = message.getHeader(SETTINGS, Map.class);
    message.setBody(api.send(message.getBody(OutboundMessage.class), settings));
  }
}
