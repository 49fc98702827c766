package io.atumdesk.channel;

import io.atumdesk.connectors.InboundMessage;
import io.atumdesk.contact.Contacts.Sender;
import io.atumdesk.core.Actor;
import io.atumdesk.core.Role;
import io.atumdesk.core.TenantContext;
import io.atumdesk.ticket.RaiseTicket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Puts a chat-style message on a ticket. The system raises it for the contact (a phone number or a
 * Slack id proves no account, so nobody's account is borrowed), marked with who sent it on which
 * channel.
 */
@Component
class MessagingPosting {

  private static final int MAX_TEXT = 20_000;
  private static final int MAX_SUBJECT = 120;
  private static final Map<String, String> CHANNEL_NAMES =
      Map.of("sms", "SMS", "slack", "Slack", "teams", "Microsoft Teams", "telegram", "Telegram");

  private final TicketManagement tickets;

  MessagingPosting(TicketManagement tickets) {
    this.tickets = tickets;
  }

  TicketKey raise(InboundMessage message, Sender sender) {
    String text = text(message);
    String subject =
        message.subject() != null && !message.subject().isBlank()
            ? message.subject().strip()
            : text.lines().findFirst().orElse("").strip();
    RaiseTicket raise =
        new RaiseTicket(
            TicketType.INCIDENT,
            cut(subject.isEmpty() ? "(no text)" : subject, MAX_SUBJECT),
            cut(signed(message, sender, text), MAX_TEXT),
            null,
            null,
            null,
            sender.requester());
    return tickets.raise(system(), raise).key();
  }

  /**
   * The ticket's requester writes their own reply (so it waits on staff as a customer's reply
   * does); from anyone else the system posts it, marked with who sent it.
   */
  TicketKey reply(InboundMessage message, Sender sender, TicketKey key) {
    Actor writer =
        new Actor(sender.requester(), TenantContext.required(), Set.of(Role.CUSTOMER), Set.of());
    if (!tickets.find(writer, List.of(key)).isEmpty()) {
      tickets.comment(writer, key, cut(text(message), MAX_TEXT), false);
    } else {
      tickets.comment(system(), key, cut(signed(message, sender, text(message)), MAX_TEXT), false);
    }
    return key;
  }

  private static String signed(InboundMessage message, Sender sender, String text) {
    String channel =
        CHANNEL_NAMES.getOrDefault(message.channel(), message.channel().toUpperCase(Locale.ROOT));
    String who =
        sender.displayName().equals(sender.identity())
            ? sender.identity()
            : sender.displayName() + " (" + sender.identity() + ")";
    return "%s via %s:\n\n%s".formatted(who, channel, text);
  }

  private static String text(InboundMessage message) {
    String text = message.text() == null ? "" : message.text().strip();
    return text.isEmpty() ? "(The message had no text.)" : text;
  }

  private static Actor system() {
    return Actor.system(TenantContext.required());
  }

  private static String cut(String text, int longest) {
    return text.length() <= longest ? text : text.substring(0, longest);
  }
}
