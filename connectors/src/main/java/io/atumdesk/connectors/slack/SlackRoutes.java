package io.atumdesk.connectors.slack;

import io.atumdesk.connectors.InboundHandlers;
import io.atumdesk.connectors.messaging.MessagingRoutes;
import org.springframework.stereotype.Component;

/** {@code slack-inbound}: verified Events API and slash-command payloads to messages. */
@Component
class SlackRoutes extends MessagingRoutes {

  SlackRoutes(SlackHook hook, InboundHandlers handlers) {
    super(hook, handlers);
  }
}
