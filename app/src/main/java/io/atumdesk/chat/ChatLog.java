package io.atumdesk.chat;

import io.atumdesk.chat.ChatMessage.Author;
import io.atumdesk.core.Actor;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Writes a chat's lines and tells both sides: the visitor's stream gets the line, the agents'
 * consoles that the chat changed. In the caller's transaction; events go out after its commit.
 */
@Component
class ChatLog {

  static final String MESSAGE = "message";
  static final String CHANGED = "chat-changed";

  private final ChatMessages messages;
  private final ChatFiles files;
  private final ChatStreams streams;
  private final ChatTicketCopies copies;
  private final Clock clock;

  ChatLog(
      ChatMessages messages,
      ChatFiles files,
      ChatStreams streams,
      ChatTicketCopies copies,
      Clock clock) {
    this.messages = messages;
    this.files = files;
    this.streams = streams;
    this.copies = copies;
    this.clock = clock;
  }

  /**
   * A line a person wrote in the chat; once the chat is a ticket, the ticket gets it too.
   *
   * @param agent the agent who wrote it, or null for the visitor
   */
  MessageView said(ChatConversation chat, Actor agent, String name, String text) {
    MessageView line = post(chat, agent == null ? Author.VISITOR : Author.AGENT, name, text, null);
    copies.wrote(chat, agent, text);
    return line;
  }

  /** A file a person shared; once the chat is a ticket, it becomes the ticket's attachment. */
  MessageView shared(ChatConversation chat, Actor agent, String name, ChatFile file) {
    MessageView line = post(chat, agent == null ? Author.VISITOR : Author.AGENT, name, null, file);
    copies.shared(chat, agent, file);
    return line;
  }

  /** The files shared so far, for the ticket the chat became. */
  List<ChatFile> files(ChatConversation chat) {
    return files.findByConversationIdOrderByIdAsc(chat.id());
  }

  MessageView post(ChatConversation chat, Author author, String name, String text, ChatFile file) {
    ChatMessage message =
        messages.save(
            new ChatMessage(
                chat.id(), author, name, text, file == null ? null : file.id(), clock.instant()));
    MessageView view = message.view(file);
    streams.toVisitor(chat.publicId(), MESSAGE, view);
    changed(chat);
    return view;
  }

  /** Agents' consoles reload the chat list and, if open, this chat. */
  void changed(ChatConversation chat) {
    streams.toConsoles(chat.tenantId(), CHANGED, Map.of("conversation", chat.publicId()));
  }

  List<MessageView> transcript(ChatConversation chat) {
    List<ChatMessage> lines = messages.findByConversationIdOrderByIdAsc(chat.id());
    Map<Long, ChatFile> attached =
        files
            .findByIdIn(lines.stream().map(ChatMessage::fileId).filter(id -> id != null).toList())
            .stream()
            .collect(Collectors.toMap(ChatFile::id, Function.identity()));
    return lines.stream()
        .map(m -> m.view(m.fileId() == null ? null : attached.get(m.fileId())))
        .toList();
  }
}
