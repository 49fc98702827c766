package io.atumdesk.connectors.teams;

import io.atumdesk.connectors.messaging.MessagingTransport;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * Channel notifications to Teams. Account settings: {@code securityToken} (outgoing webhook, in)
 * and {@code incomingWebhookUrl} (out); recipient and thread are ignored, as webhooks allow.
 */
@Component
public class TeamsTransport extends MessagingTransport {

  public TeamsTransport(ProducerTemplate producer) {
    super(TeamsHook.CHANNEL, producer);
  }
}
