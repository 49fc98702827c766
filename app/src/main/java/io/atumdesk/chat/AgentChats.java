package io.atumdesk.chat;

import io.atumdesk.attachment.CheckedFile;
import io.atumdesk.chat.ChatConversation.Status;
import io.atumdesk.chat.ChatMessage.Author;
import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.core.Role;
import io.atumdesk.people.PeopleDirectory;
import io.atumdesk.people.Person;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketType;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The agents' side of chats, in their own tenant: the open chats, taking one, answering, typing,
 * sending files, converting to a ticket and closing.
 */
@Service
public class AgentChats {

  static final String JOINED = "agent-joined";
  static final String CLOSED = "closed";

  private final ChatConversations conversations;
  private final ChatWidgets widgets;
  private final ChatLog log;
  private final VisitorFiles files;
  private final ChatConversion conversion;
  private final ChatStreams streams;
  private final PeopleDirectory people;
  private final Clock clock;

  AgentChats(
      ChatConversations conversations,
      ChatWidgets widgets,
      ChatLog log,
      VisitorFiles files,
      ChatConversion conversion,
      ChatStreams streams,
      PeopleDirectory people,
      Clock clock) {
    this.conversations = conversations;
    this.widgets = widgets;
    this.log = log;
    this.files = files;
    this.conversion = conversion;
    this.streams = streams;
    this.people = people;
    this.clock = clock;
  }

  /** Waiting and active chats, oldest first. */
  @Transactional(readOnly = true)
  public List<ConversationView> open(Actor actor) {
    requireAgent(actor);
    return conversations
        .findByStatusInOrderByStartedAtAsc(EnumSet.of(Status.WAITING, Status.ACTIVE))
        .stream()
        .map(this::view)
        .toList();
  }

  @Transactional(readOnly = true)
  public ChatDetail get(Actor actor, String id) {
    requireAgent(actor);
    ChatConversation chat = find(id);
    return new ChatDetail(view(chat), log.transcript(chat));
  }

  /** The agent joins the chat; the visitor hears who joined. */
  @Transactional
  public void take(Actor actor, String id) {
    ChatConversation chat = openChat(actor, id);
    if (actor.username().equals(chat.agent())) {
      return;
    }
    String name = nameOf(actor);
    chat.join(actor.username(), name, clock.instant());
    log.post(chat, Author.SYSTEM, name, "joined", null);
    streams.toVisitor(chat.publicId(), JOINED, Map.of("name", name));
  }

  @Transactional
  public MessageView reply(Actor actor, String id, String text) {
    ChatConversation chat = joined(actor, id);
    chat.answered(clock.instant());
    return log.said(chat, actor, chat.agentName(), VisitorChats.text(text));
  }

  @Transactional(readOnly = true)
  public void typing(Actor actor, String id) {
    ChatConversation chat = openChat(actor, id);
    streams.toVisitor(chat.publicId(), VisitorChats.TYPING, Map.of("name", nameOf(actor)));
  }

  @Transactional
  public MessageView upload(Actor actor, String id, String filename, byte[] content) {
    CheckedFile checked = files.check(filename, content);
    ChatConversation chat = joined(actor, id);
    chat.answered(clock.instant());
    return files.post(chat, actor, chat.agentName(), checked, content);
  }

  @Transactional(readOnly = true)
  public ChatDownload file(Actor actor, String id, long fileId) {
    requireAgent(actor);
    return files.download(find(id), fileId);
  }

  @Transactional
  public TicketKey convert(Actor actor, String id, TicketType type) {
    ChatConversation chat = openChat(actor, id);
    return conversion.convert(chat, actor, type, "by " + nameOf(actor)).key();
  }

  @Transactional
  public void close(Actor actor, String id) {
    ChatConversation chat = openChat(actor, id);
    chat.close(clock.instant());
    log.post(chat, Author.SYSTEM, nameOf(actor), "closed", null);
    streams.toVisitor(chat.publicId(), CLOSED, Map.of());
  }

  /** The console's event stream: chats changing, visitors typing. */
  public SseEmitter stream(Actor actor) {
    requireAgent(actor);
    return streams.openConsole(actor.tenantId(), actor.username());
  }

  private ChatConversation joined(Actor actor, String id) {
    ChatConversation chat = openChat(actor, id);
    if (chat.agent() == null) {
      take(actor, id);
    }
    return chat;
  }

  private ChatConversation openChat(Actor actor, String id) {
    requireAgent(actor);
    ChatConversation chat = find(id);
    if (!chat.open()) {
      throw new ConflictException("This chat is closed.");
    }
    return chat;
  }

  private ChatConversation find(String id) {
    return conversations.findByPublicId(id).orElseThrow(() -> new NotFoundException("Chat", id));
  }

  private ConversationView view(ChatConversation chat) {
    return chat.view(widgets.findById(chat.widgetId()).map(ChatWidget::name).orElse(""));
  }

  private String nameOf(Actor actor) {
    return people
        .person(actor.tenantId(), actor.username())
        .map(Person::displayName)
        .orElse(actor.username());
  }

  private static void requireAgent(Actor actor) {
    if (!actor.has(Role.AGENT) && !actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only agents chat with visitors.");
    }
  }
}
