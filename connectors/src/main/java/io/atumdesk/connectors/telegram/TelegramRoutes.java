package io.atumdesk.connectors.telegram;

import io.atumdesk.connectors.InboundHandlers;
import io.atumdesk.connectors.messaging.MessagingRoutes;
import org.springframework.stereotype.Component;

/** {@code telegram-inbound}: verified Updates to messages. */
@Component
class TelegramRoutes extends MessagingRoutes {

  TelegramRoutes(TelegramHook hook, InboundHandlers handlers) {
    super(hook, handlers);
  }
}
