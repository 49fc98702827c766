package io.atumdesk.chat;

import io.atumdesk.attachment.Attachments;
import io.atumdesk.chat.ChatMessage.Author;
import io.atumdesk.core.Actor;
import io.atumdesk.core.Role;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TicketRecords;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Keeps a converted chat's ticket complete: what the visitor writes later is the requester's reply,
 * what the agent writes is noted on the timeline (the visitor has it already, so no reply goes
 * out), and every file that passed its checks becomes the ticket's attachment, shared by whom. A
 * closed ticket takes nothing more; the chat goes on regardless.
 */
@Component
class ChatTicketCopies {

  private final TicketManagement tickets;
  private final TicketRecords records;
  private final Attachments attachments;

  ChatTicketCopies(TicketManagement tickets, TicketRecords records, Attachments attachments) {
    this.tickets = tickets;
    this.records = records;
    this.attachments = attachments;
  }

  /**
   * @param agent who wrote it, or null for the visitor
   */
  void wrote(ChatConversation chat, Actor agent, String text) {
    openTicket(chat)
        .ifPresent(
            ticket -> {
              if (agent == null) {
                tickets.comment(requester(ticket), ticket.key(), text, false);
              } else {
                records.recordEvent(
                    ticket.id(),
                    agent.username(),
                    "Wrote in the chat: " + text,
                    Map.of("chat", chat.publicId()));
              }
            });
  }

  /**
   * @param agent who shared it, or null for the visitor
   */
  void shared(ChatConversation chat, Actor agent, ChatFile file) {
    if (file.quarantined()) {
      return;
    }
    openTicket(chat).ifPresent(ticket -> attach(ticket, agent, file));
  }

  /** The files shared before the chat became this ticket. */
  void converted(ChatConversation chat, Ticket ticket, Actor raiser, Iterable<ChatFile> files) {
    for (ChatFile file : files) {
      if (!file.quarantined()) {
        attach(ticket, file.sharedBy() == Author.VISITOR ? null : raiser, file);
      }
    }
  }

  private void attach(Ticket ticket, Actor agent, ChatFile file) {
    byte[] content = file.download().content();
    attachments.store(
        agent == null ? requester(ticket) : agent,
        ticket.key(),
        null,
        file.filename(),
        new ByteArrayInputStream(content),
        content.length);
  }

  private Optional<Ticket> openTicket(ChatConversation chat) {
    if (chat.ticketKey() == null) {
      return Optional.empty();
    }
    Ticket ticket = tickets.get(Actor.system(chat.tenantId()), new TicketKey(chat.ticketKey()));
    return ticket.status().isOpen() ? Optional.of(ticket) : Optional.empty();
  }

  /** The visitor acts on the ticket as its requester, as a customer writing their own reply. */
  private static Actor requester(Ticket ticket) {
    return new Actor(ticket.requester(), ticket.tenantId(), Set.of(Role.CUSTOMER), Set.of());
  }
}
