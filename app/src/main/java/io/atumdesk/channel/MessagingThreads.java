package io.atumdesk.channel;

import io.atumdesk.connectors.InboundMessage;
import io.atumdesk.core.Actor;
import io.atumdesk.core.TenantContext;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Finds the open ticket a message on a messaging channel continues, never by its text: first by the
 * message it answers (a Slack thread's first post, a Telegram message replied to), then by the
 * conversation it belongs to (a Telegram chat, the sender's phone number on an SMS account, a Teams
 * thread) where that conversation's latest ticket is still open.
 */
@Component
class MessagingThreads {

  private final ChannelMessages messages;
  private final TicketManagement tickets;

  MessagingThreads(ChannelMessages messages, TicketManagement tickets) {
    this.messages = messages;
    this.tickets = tickets;
  }

  /** The key a message is filed under, for the messages that later continue its thread. */
  static String threadKey(InboundMessage message) {
    if (!message.references().isEmpty()) {
      return message.references().get(0);
    }
    return message.inReplyTo() != null ? message.inReplyTo() : message.messageId();
  }

  Optional<Ticket> ticketFor(InboundMessage message) {
    if (message.inReplyTo() != null) {
      Optional<Ticket> answered =
          open(messages.ticketsOfThread(message.channel(), message.inReplyTo()));
      if (answered.isPresent()) {
        return answered;
      }
    }
    for (String reference : message.references()) {
      Optional<Ticket> ongoing =
          open(messages.ticketsOfConversation(message.channel(), message.mailbox(), reference));
      if (ongoing.isPresent()) {
        return ongoing;
      }
    }
    return Optional.empty();
  }

  /** The newest ticket of the list, when it is still open. */
  private Optional<Ticket> open(List<String> keys) {
    if (keys.isEmpty()) {
      return Optional.empty();
    }
    return tickets
        .find(Actor.system(TenantContext.required()), List.of(new TicketKey(keys.get(0))))
        .stream()
        .findFirst()
        .filter(ticket -> ticket.status().isOpen());
  }
}
