package io.atumdesk.outbox;

import java.util.Map;

/**
 * A message for the outbox to send.
 *
 * @param account the sending account on the channel (for mail: the mailbox's name), or null when
 *     none is configured: the message is then a dead letter with that reason, never lost
 * @param headers channel fields (for mail: Message-ID, In-Reply-To, References, Auto-Submitted)
 * @param timelineEntryId the reply it carries, whose files go with it, or null
 * @param notificationId the notification it delivers, marked sent or failed with it, or null
 */
public record Envelope(
    String channel,
    String account,
    String recipient,
    String threadReference,
    String subject,
    String text,
    String html,
    Map<String, String> headers,
    String ticketKey,
    Long timelineEntryId,
    Long notificationId) {

  public Envelope {
    headers = Map.copyOf(headers);
  }
}
