package io.atumdesk.connectors.slack;

import io.atumdesk.connectors.messaging.OutboundRoute;
import org.springframework.stereotype.Component;

/** {@code slack-outbound}: one {@code chat.postMessage} per message. */
@Component
class SlackOutboundRoute extends OutboundRoute {

  SlackOutboundRoute() {
    super(SlackHook.CHANNEL, new SlackApi());
  }
}
