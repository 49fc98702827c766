package io.atumdesk.connectors.sms;

import io.atumdesk.connectors.messaging.MessagingTransport;
import io.atumdesk.connectors.outbound.DeliveryException;
import io.atumdesk.connectors.outbound.OutboundMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * Texts out: recipient is an E.164 number. Account settings: {@code accountSid}, {@code authToken},
 * {@code fromNumber}, optional {@code messagesPerSecond}, {@code apiBaseUrl} and {@code
 * webhookUrl}.
 */
@Component
public class SmsTransport extends MessagingTransport {

  public SmsTransport(ProducerTemplate producer) {
    super(SmsHook.CHANNEL, producer);
  }

  /** One outcome of a bulk send: the provider's id, or why it failed. */
  public record Sent(String recipient, String id, DeliveryException failure) {}

  /**
   * Sends a notification to many numbers within the account's rate limit; one failure does not stop
   * the others.
   */
  public List<Sent> sendAll(List<OutboundMessage> messages, Map<String, String> account) {
    List<Sent> outcomes = new ArrayList<>();
    for (OutboundMessage message : messages) {
      try {
        outcomes.add(new Sent(message.recipient(), send(message, account), null));
      } catch (DeliveryException e) {
        outcomes.add(new Sent(message.recipient(), null, e));
      }
    }
    return outcomes;
  }
}
