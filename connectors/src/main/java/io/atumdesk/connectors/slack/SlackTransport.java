package io.atumdesk.connectors.slack;

import io.atumdesk.connectors.messaging.MessagingTransport;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * Replies to Slack: recipient is the channel id, the thread reference the thread's {@code ts}.
 * Account settings: {@code botToken}, {@code signingSecret}, optional {@code apiBaseUrl}.
 */
@Component
public class SlackTransport extends MessagingTransport {

  public SlackTransport(ProducerTemplate producer) {
    super(SlackHook.CHANNEL, producer);
  }
}
