package io.atumdesk.chat;

import io.atumdesk.attachment.CheckedFile;
import io.atumdesk.chat.ChatMessage.Author;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * What a widget's visitor does: start a chat, write, type, send files, leave, and follow the chat's
 * events. Each call names the widget (which finds the tenant) and, after the start, the chat and
 * its bearer token; a chat of another widget is not found, a wrong token is refused.
 */
@Service
public class VisitorChats {

  static final String TYPING = "typing";
  private static final int MAX_TEXT = 4000;

  private final WidgetDirectory directory;
  private final TenantWork work;
  private final ChatWidgets widgets;
  private final ChatConversations conversations;
  private final ChatLog log;
  private final VisitorFiles files;
  private final ChatStreams streams;
  private final StreamTickets tickets;
  private final ChatRules rules;
  private final RateLimits limits;
  private final Clock clock;

  VisitorChats(
      WidgetDirectory directory,
      TenantWork work,
      ChatWidgets widgets,
      ChatConversations conversations,
      ChatLog log,
      VisitorFiles files,
      ChatStreams streams,
      StreamTickets tickets,
      ChatRules rules,
      RateLimits limits,
      Clock clock) {
    this.directory = directory;
    this.work = work;
    this.widgets = widgets;
    this.conversations = conversations;
    this.log = log;
    this.files = files;
    this.streams = streams;
    this.tickets = tickets;
    this.rules = rules;
    this.limits = limits;
    this.clock = clock;
  }

  /**
   * Counts a request from this address; too many in a minute are refused with {@link
   * ChatRateLimited}.
   */
  public void admit(String address) {
    limits.address(address);
  }

  /** What the widget shows before a chat: its name, greeting, and whether an agent is there. */
  public WidgetInfo widget(String widgetId) {
    String tenant = tenantOf(widgetId);
    return work.call(
        tenant,
        () -> {
          ChatWidget widget = enabledWidget(widgetId);
          return new WidgetInfo(widget.name(), widget.greeting(), streams.agentsOnline(tenant));
        });
  }

  public Started start(String widgetId, StartChat command) {
    String tenant = tenantOf(widgetId);
    Visitor visitor = command.toVisitor();
    String token = Secrets.random(32);
    return work.call(
        tenant,
        () -> {
          ChatWidget widget = enabledWidget(widgetId);
          ChatConversation chat =
              conversations.save(
                  new ChatConversation(
                      widget, visitor, Secrets.random(16), Secrets.sha256(token), clock.instant()));
          if (command.text() != null && !command.text().isBlank()) {
            log.post(chat, Author.VISITOR, visitor.displayName(), text(command.text()), null);
            rules.visitorWrote(chat, widget);
          } else {
            log.changed(chat);
          }
          return new Started(chat.publicId(), token, visitor.id());
        });
  }

  /** The chat as it stands, for a visitor who comes back (another page, a reload). */
  public ChatState state(String widgetId, String chatId, String token) {
    return inChat(
        widgetId,
        chatId,
        token,
        chat -> {
          if (chat.visitorLeftAt() != null) {
            chat.visitorBack();
          }
          return new ChatState(
              chat.publicId(),
              chat.status().name(),
              chat.agentName(),
              chat.ticketKey(),
              log.transcript(chat));
        });
  }

  public MessageView write(String widgetId, String chatId, String token, String text) {
    return inChat(
        widgetId,
        chatId,
        token,
        chat -> {
          limits.conversation(chat.publicId());
          MessageView line = log.said(chat, null, chat.visitor().displayName(), text(text));
          rules.visitorWrote(chat, widgets.findById(chat.widgetId()).orElseThrow());
          return line;
        });
  }

  public void typing(String widgetId, String chatId, String token) {
    inChat(
        widgetId,
        chatId,
        token,
        chat -> {
          streams.toConsoles(chat.tenantId(), TYPING, Map.of("conversation", chat.publicId()));
          return null;
        });
  }

  public MessageView upload(
      String widgetId, String chatId, String token, String filename, byte[] content) {
    CheckedFile checked = files.check(filename, content);
    return inChat(
        widgetId,
        chatId,
        token,
        chat -> {
          limits.conversation(chat.publicId());
          return files.post(chat, null, chat.visitor().displayName(), checked, content);
        });
  }

  public ChatDownload file(String widgetId, String chatId, String token, long fileId) {
    return inChat(widgetId, chatId, token, chat -> files.download(chat, fileId));
  }

  /** The visitor closed the chat or the page; the widget's rule may make it a ticket. */
  public void leave(String widgetId, String chatId, String token) {
    inChat(
        widgetId,
        chatId,
        token,
        chat -> {
          chat.visitorLeft(clock.instant());
          log.post(chat, Author.SYSTEM, chat.visitor().displayName(), "left", null);
          return null;
        });
  }

  /** A signed ticket, valid for a minute, to open the chat's event stream with. */
  public String streamTicket(String widgetId, String chatId, String token) {
    return inChat(widgetId, chatId, token, chat -> tickets.issue(chat.publicId()));
  }

  public SseEmitter stream(String widgetId, String chatId, String ticket) {
    if (!tickets.valid(ticket, chatId)) {
      throw new VisitorUnauthorized(
          "The stream ticket is missing, expired or not for this chat; ask for a new one.");
    }
    String tenant = tenantOf(widgetId);
    work.call(tenant, () -> chatOf(widgetId, chatId));
    return streams.openVisitor(
        chatId,
        () -> work.run(tenant, () -> conversations.findByPublicId(chatId).ifPresent(this::lost)));
  }

  private void lost(ChatConversation chat) {
    if (chat.visitorLeftAt() == null) {
      chat.visitorLeft(clock.instant());
    }
  }

  private <T> T inChat(
      String widgetId,
      String chatId,
      String token,
      java.util.function.Function<ChatConversation, T> action) {
    String tenant = tenantOf(widgetId);
    return work.call(
        tenant,
        () -> {
          ChatConversation chat = chatOf(widgetId, chatId);
          if (!Secrets.matches(token, chat.tokenHash())) {
            throw new VisitorUnauthorized(
                "This chat needs its token as 'Authorization: Bearer'; start a new chat if it is lost.");
          }
          return action.apply(chat);
        });
  }

  private ChatConversation chatOf(String widgetId, String chatId) {
    ChatWidget widget = enabledWidget(widgetId);
    return conversations
        .findByPublicId(chatId)
        .filter(c -> c.widgetId().equals(widget.id()))
        .orElseThrow(() -> new NotFoundException("Chat", chatId));
  }

  private ChatWidget enabledWidget(String widgetId) {
    return widgets
        .findByPublicId(widgetId)
        .filter(ChatWidget::enabled)
        .orElseThrow(() -> new NotFoundException("Chat widget", widgetId));
  }

  private String tenantOf(String widgetId) {
    return directory
        .tenantOf(widgetId)
        .orElseThrow(() -> new NotFoundException("Chat widget", widgetId));
  }

  static String text(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("text", "must not be blank");
    }
    if (text.length() > MAX_TEXT) {
      throw new InvalidInputException("text", "must be at most " + MAX_TEXT + " characters");
    }
    return text.strip();
  }
}
