package io.atumdesk.connectors.telegram;

import io.atumdesk.connectors.messaging.MessagingTransport;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * Replies on Telegram: recipient is the chat id, the thread reference the message answered. Account
 * settings: {@code botToken}, {@code secretToken}, optional {@code apiBaseUrl}.
 */
@Component
public class TelegramTransport extends MessagingTransport {

  public TelegramTransport(ProducerTemplate producer) {
    super(TelegramHook.CHANNEL, producer);
  }
}
