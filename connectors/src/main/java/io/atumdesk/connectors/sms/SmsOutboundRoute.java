package io.atumdesk.connectors.sms;

import io.atumdesk.connectors.messaging.OutboundRoute;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.model.ProcessorDefinition;
import org.springframework.stereotype.Component;

/**
 * {@code sms-outbound}: one Messages call per message, at most {@code messagesPerSecond} (account
 * setting, 1 by default, as Twilio queues long codes at one per second) per account, however many
 * callers send at once.
 */
@Component
class SmsOutboundRoute extends OutboundRoute {

  static final String RATE = "AtumMessagesPerSecond";

  SmsOutboundRoute() {
    super(SmsHook.CHANNEL, new TwilioApi());
  }

  @Override
  protected ProcessorDefinition<?> shape(ProcessorDefinition<?> route) {
    return route
        .process(SmsOutboundRoute::rate)
        .throttle(header(RATE))
        .totalRequestsMode()
        .timePeriodMillis(1000)
        .correlationExpression(header(ACCOUNT_KEY));
  }

  @SuppressWarnings("unchecked")
  private static void rate(Exchange exchange) {
    Map<String, String> settings = exchange.getMessage().getHeader(SETTINGS, Map.class);
    long rate;
    try {
      rate = Long.parseLong(settings.getOrDefault("messagesPerSecond", "1").strip());
    } catch (NumberFormatException e) {
      rate = 1;
    }
    exchange.getMessage().setHeader(RATE, Math.max(1, rate));
  }
}
