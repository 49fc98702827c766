package io.atumdesk.connectors.outbound;

import java.util.List;
import java.util.Map;

/**
 * One message to send on one channel, as the outbox holds it.
 *
 * @param channel the channel it goes out on: {@code email}, {@code sms}, {@code slack}, {@code
 *     teams}, {@code telegram} or {@code chat}
 * @param account the configured sending account (for mail: the mailbox's name)
 * @param recipient the address on that channel (mail address, E.164 number, chat or channel id)
 * @param threadReference the channel's id of the conversation to continue, or null for a new one
 * @param html an HTML alternative, already safe, or null
 * @param headers channel-specific fields (for mail: Message-ID, In-Reply-To, References)
 */
public record OutboundMessage(
    String channel,
    String account,
    String recipient,
    String threadReference,
    String subject,
    String text,
    String html,
    Map<String, String> headers,
    List<OutboundAttachment> attachments) {

  public OutboundMessage {
    headers = Map.copyOf(headers);
    attachments = List.copyOf(attachments);
  }
}
