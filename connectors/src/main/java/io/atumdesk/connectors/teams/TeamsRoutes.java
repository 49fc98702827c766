package io.atumdesk.connectors.teams;

import io.atumdesk.connectors.InboundHandlers;
import io.atumdesk.connectors.messaging.MessagingRoutes;
import org.springframework.stereotype.Component;

/** {@code teams-inbound}: verified outgoing-webhook Activities to messages. */
@Component
class TeamsRoutes extends MessagingRoutes {

  TeamsRoutes(TeamsHook hook, InboundHandlers handlers) {
    super(hook, handlers);
  }
}
