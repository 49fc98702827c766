package io.atumdesk.connectors.messaging;

import io.atumdesk.connectors.InboundHandlers;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The dead-letter route every messaging channel shares: a payload that failed is kept by the
 * application's handler with its reason (as mailbox {@code <channel>:<account>}), never dropped.
 */
@Component
public class MessagingDeadLetterRoute extends RouteBuilder {

  private final InboundHandlers handlers;

  public MessagingDeadLetterRoute(InboundHandlers handlers) {
    this.handlers = handlers;
  }

  @Override
  public void configure() {
    from(MessagingRoutes.DEAD_LETTER)
        .routeId("messaging-dead-letter")
        .log(
            LoggingLevel.WARN,
            "Message on ${exchangeProperty.AtumChannel} account ${header.AtumAccount} kept"
                + " as a dead letter: ${exception.message}")
        .process(this::keep);
  }

  private void keep(Exchange exchange) {
    Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    String reason = cause == null ? "unknown" : String.valueOf(cause.getMessage());
    var message = exchange.getMessage();
    String channel = exchange.getProperty("AtumChannel", String.class);
    handlers
        .forChannel(channel)
        .quarantine(
            message.getHeader(MessagingRoutes.TENANT, String.class),
            channel + ":" + message.getHeader(MessagingRoutes.ACCOUNT, String.class),
            String.valueOf(message.getBody(String.class)).getBytes(StandardCharsets.UTF_8),
            reason);
    message.setBody(HookResult.rejected(reason + " (kept for an admin to look at)"));
  }
}
