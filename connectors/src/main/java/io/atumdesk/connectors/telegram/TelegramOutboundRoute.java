package io.atumdesk.connectors.telegram;

import io.atumdesk.connectors.messaging.OutboundRoute;
import org.springframework.stereotype.Component;

/** {@code telegram-outbound}: one {@code sendMessage} per message. */
@Component
class TelegramOutboundRoute extends OutboundRoute {

  TelegramOutboundRoute() {
    super(TelegramHook.CHANNEL, new TelegramApi());
  }
}
