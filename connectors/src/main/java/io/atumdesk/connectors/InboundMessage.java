package io.atumdesk.connectors;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One message as it arrived on any channel, before the application decides what it means.
 *
 * @param channel where it came from, such as {@code email}
 * @param mailbox the receiving address or account (for mail: the configured mailbox's name)
 * @param messageId the channel's id of this message (for mail: Message-ID, without brackets)
 * @param inReplyTo the id this message answers, or null
 * @param references earlier ids of the conversation, oldest first
 * @param html the HTML body, already sanitized, or null
 * @param headers every header by its lower-case name (first value), for rules about the sender;
 *     messaging channels put the reply address and thread here ({@link #REPLY_ADDRESS}, {@link
 *     #REPLY_THREAD})
 * @param raw the source exactly as received, kept for audit
 */
public record InboundMessage(
    String channel,
    String senderAddress,
    String senderName,
    String mailbox,
    String messageId,
    String inReplyTo,
    List<String> references,
    String subject,
    String text,
    String html,
    List<InboundAttachment> attachments,
    Instant receivedAt,
    Map<String, String> headers,
    byte[] raw) {

  public static final String EMAIL = "email";

  /** Where a reply goes on a messaging channel: a Slack channel, a chat, a phone number. */
  public static final String REPLY_ADDRESS = "x-atum-reply-address";

  /** The channel's thread a reply continues (Slack thread_ts, a Teams conversation), if any. */
  public static final String REPLY_THREAD = "x-atum-reply-thread";

  public InboundMessage {
    references = List.copyOf(references);
    attachments = List.copyOf(attachments);
    headers = Map.copyOf(headers);
  }

  /** The first value of a header, any case of its name, or null. */
  public String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }
}
