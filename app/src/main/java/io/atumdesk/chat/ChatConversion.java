package io.atumdesk.chat;

import io.atumdesk.channel.Conversations;
import io.atumdesk.chat.ChatMessage.Author;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.ticket.RaiseTicket;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketRecords;
import io.atumdesk.ticket.TicketType;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a chat a ticket: an incident or request with the transcript as its description, the
 * visitor's e-mail as requester when given, the chat recorded as the ticket's conversation (so
 * replies go back into it), the files shared so far as its attachments, who converted it on the
 * timeline, and the key posted into the chat.
 */
@Component
class ChatConversion {

  static final String CONVERTED = "converted";
  private static final Set<TicketType> TYPES =
      Set.of(TicketType.INCIDENT, TicketType.SERVICE_REQUEST);

  private final TicketManagement tickets;
  private final TicketRecords records;
  private final Conversations conversations;
  private final ChatWidgets widgets;
  private final ChatLog log;
  private final ChatStreams streams;
  private final ChatTicketCopies copies;

  ChatConversion(
      TicketManagement tickets,
      TicketRecords records,
      Conversations conversations,
      ChatWidgets widgets,
      ChatLog log,
      ChatStreams streams,
      ChatTicketCopies copies) {
    this.tickets = tickets;
    this.records = records;
    this.conversations = conversations;
    this.widgets = widgets;
    this.log = log;
    this.streams = streams;
    this.copies = copies;
  }

  /**
   * @param reason how it came to be converted, for the timeline: by whom, or by which rule
   */
  @Transactional(propagation = Propagation.MANDATORY)
  Ticket convert(ChatConversation chat, Actor raiser, TicketType type, String reason) {
    if (chat.ticketKey() != null) {
      throw new ConflictException("This chat is ticket " + chat.ticketKey() + " already.");
    }
    if (!TYPES.contains(type)) {
      throw new InvalidInputException("type", "must be INCIDENT or SERVICE_REQUEST");
    }
    ChatWidget widget = widgets.findById(chat.widgetId()).orElseThrow();
    Visitor visitor = chat.visitor();
    var transcript = Transcript.of(visitor, log.transcript(chat));
    String requester = visitor.email() != null ? visitor.email() : visitor.displayName();
    Ticket ticket =
        tickets.raise(
            raiser,
            new RaiseTicket(
                type, transcript.subject(), transcript.text(), null, null, null, requester));
    records.recordEvent(
        ticket.id(),
        raiser.username(),
        "Raised from web chat " + widget.name() + " " + reason,
        Map.of("chat", chat.publicId(), "convertedBy", reason));
    conversations.record(ticket.key(), "chat", widget.publicId(), visitor.id(), chat.publicId());
    copies.converted(chat, ticket, raiser, log.files(chat));
    String key = ticket.key().value();
    chat.converted(key, raiser.username().equals(Actor.SYSTEM) ? "rule" : "agent");
    log.post(chat, Author.SYSTEM, null, "ticket:" + key, null);
    streams.toVisitor(chat.publicId(), CONVERTED, Map.of("ticket", key));
    return ticket;
  }
}
