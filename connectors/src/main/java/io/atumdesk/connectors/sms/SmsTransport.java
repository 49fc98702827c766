package io.atumdesk.connectors.sms;

import io.atumdesk.connectors.messaging.MessagingTransport;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * Texts out: recipient is an E.164 number. Account settings: {@code accountSid}, {@code authToken},
 * {@code fromNumber}, optional {@code messagesPerSecond}, {@code apiBaseUrl} and {@code
 * webhookUrl}. The route keeps {@code messagesPerSecond} per account on this node; broadcasts to
 * many numbers are spaced before they reach it (the outbox's broadcasts), so no sender waits here.
 */
@Component
public class SmsTransport extends MessagingTransport {

  public SmsTransport(ProducerTemplate producer) {
    super(SmsHook.CHANNEL, producer);
  }
}
