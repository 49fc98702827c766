package io.atumdesk.channel;

import io.atumdesk.channel.ChannelMessage.Outcome;
import io.atumdesk.connectors.InboundMessage;
import io.atumdesk.connectors.InboundMessageHandler;
import io.atumdesk.contact.Contacts;
import io.atumdesk.contact.Contacts.Sender;
import io.atumdesk.contact.IdentityKind;
import io.atumdesk.core.TenantContext;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes messages from SMS, Slack, Teams and Telegram: in one transaction it finds or makes the
 * sender's contact, continues the open ticket of the message's thread or raises one, records the
 * conversation for replies, and writes the {@code channel_message} row that makes a redelivery (a
 * provider's retry) change nothing.
 */
@Service
class MessagingInbox implements InboundMessageHandler {

  private static final Set<String> CHANNELS = Set.of("sms", "slack", "teams", "telegram");

  private final ChannelMessages messages;
  private final MessagingThreads threads;
  private final MessagingPosting posting;
  private final Contacts contacts;
  private final Conversations conversations;
  private final TransactionTemplate transaction;
  private final Clock clock;

  MessagingInbox(
      ChannelMessages messages,
      MessagingThreads threads,
      MessagingPosting posting,
      Contacts contacts,
      Conversations conversations,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.messages = messages;
    this.threads = threads;
    this.posting = posting;
    this.contacts = contacts;
    this.conversations = conversations;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  @Override
  public Set<String> channels() {
    return CHANNELS;
  }

  @Override
  public void handle(String tenantId, InboundMessage message) {
    TenantContext.runAs(
        tenantId,
        () -> {
          try {
            transaction.executeWithoutResult(status -> record(message));
          } catch (DataIntegrityViolationException e) {
            // The provider's retry raced its first delivery, which committed: that row stands.
            if (!seen(message)) {
              throw e;
            }
          }
        });
  }

  /** {@code mailbox} is {@code <channel>:<account>}, as the connectors' dead-letter route says. */
  @Override
  public void quarantine(String tenantId, String mailbox, byte[] raw, String reason) {
    int colon = mailbox.indexOf(':');
    String channel = colon < 0 ? mailbox : mailbox.substring(0, colon);
    String account = colon < 0 ? "" : mailbox.substring(colon + 1);
    String text = new String(raw, StandardCharsets.UTF_8);
    String id = "rejected:" + Integer.toHexString(text.hashCode()) + ":" + clock.millis();
    TenantContext.runAs(
        tenantId,
        () ->
            transaction.executeWithoutResult(
                status ->
                    messages.save(
                        ChannelMessage.rejected(
                            channel, account, id, text, reason, clock.instant()))));
  }

  private boolean seen(InboundMessage message) {
    return Boolean.TRUE.equals(
        transaction.execute(
            s -> messages.existsByChannelAndMessageId(message.channel(), message.messageId())));
  }

  private void record(InboundMessage message) {
    if (messages.existsByChannelAndMessageId(message.channel(), message.messageId())) {
      return;
    }
    Sender sender =
        contacts.resolve(
            IdentityKind.ofChannel(message.channel()),
            message.senderAddress(),
            message.senderName());
    Optional<Ticket> thread = threads.ticketFor(message);
    TicketKey key =
        thread.isPresent()
            ? posting.reply(message, sender, thread.get().key())
            : posting.raise(message, sender);
    conversations.record(
        key,
        message.channel(),
        message.mailbox(),
        message.header(InboundMessage.REPLY_ADDRESS),
        message.header(InboundMessage.REPLY_THREAD));
    contacts.wroteOn(sender, key, message.channel());
    messages.saveAndFlush(
        new ChannelMessage(
            message.channel(),
            message.mailbox(),
            message.messageId(),
            MessagingThreads.threadKey(message),
            message.senderAddress(),
            thread.isPresent() ? Outcome.REPLIED : Outcome.RAISED,
            key.value(),
            message.receivedAt()));
  }
}
