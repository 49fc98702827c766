package io.atumdesk.connectors.messaging;

import io.atumdesk.connectors.InboundHandlers;
import io.atumdesk.connectors.InboundMessage;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The inbound route of one channel ({@code <channel>-inbound}): only the verified body and the two
 * facts the caller vouches for (tenant, account) enter; the body is parsed by the channel's hook,
 * and each message handed to the application's handler. Subclasses name their channel.
 */
public abstract class MessagingRoutes extends RouteBuilder {

  public static final String TENANT = "AtumTenant";
  public static final String ACCOUNT = "AtumAccount";
  static final String DEAD_LETTER = "direct:messaging-dead-letter";

  private final ChannelHook hook;
  private final InboundHandlers handlers;

  protected MessagingRoutes(ChannelHook hook, InboundHandlers handlers) {
    this.hook = hook;
    this.handlers = handlers;
  }

  public static String inbound(String channel) {
    return "direct:" + channel + "-inbound";
  }

  @Override
  public void configure() {
    from(inbound(hook.channel()))
        .routeId(hook.channel() + "-inbound")
        .routeConfigurationId(MessagingRouteConfiguration.ID)
        // Whatever else came along (CamelExecCommandExecutable, cAmElHttpUri...) never steers us.
        .removeHeaders("*", TENANT, ACCOUNT)
        .setProperty("AtumChannel", constant(hook.channel()))
        .process(this::deliver);
  }

  private void deliver(Exchange exchange) {
    var message = exchange.getMessage();
    String tenant = message.getHeader(TENANT, String.class);
    ChannelHook.Parsed parsed =
        hook.parse(message.getHeader(ACCOUNT, String.class), message.getBody(String.class));
    for (InboundMessage inbound : parsed.messages()) {
      handlers.forChannel(hook.channel()).handle(tenant, inbound);
    }
    message.setBody(parsed.answer());
  }
}
