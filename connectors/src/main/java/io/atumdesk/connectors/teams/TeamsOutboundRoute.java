package io.atumdesk.connectors.teams;

import io.atumdesk.connectors.messaging.OutboundRoute;
import org.springframework.stereotype.Component;

/** {@code teams-outbound}: one incoming-webhook post per message. */
@Component
class TeamsOutboundRoute extends OutboundRoute {

  TeamsOutboundRoute() {
    super(TeamsHook.CHANNEL, new TeamsApi());
  }
}
