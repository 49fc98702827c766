package io.atumdesk.chat;

import io.atumdesk.chat.ChatMessage.Author;
import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.ticket.TicketType;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * With no agent online, the widget offers to leave a message: it becomes a closed chat of one line
 * and a ticket at once, requested by the e-mail address the visitor gives.
 */
@Service
public class OfflineMessages {

  private final WidgetDirectory directory;
  private final TenantWork work;
  private final ChatWidgets widgets;
  private final ChatConversations conversations;
  private final ChatLog log;
  private final ChatConversion conversion;
  private final Clock clock;

  OfflineMessages(
      WidgetDirectory directory,
      TenantWork work,
      ChatWidgets widgets,
      ChatConversations conversations,
      ChatLog log,
      ChatConversion conversion,
      Clock clock) {
    this.directory = directory;
    this.work = work;
    this.widgets = widgets;
    this.conversations = conversations;
    this.log = log;
    this.conversion = conversion;
    this.clock = clock;
  }

  /** Returns the new ticket's key. */
  public String leave(String widgetId, StartChat message) {
    if (message.email() == null || message.email().isBlank()) {
      throw new InvalidInputException("email", "must be given, so that we can answer you");
    }
    String text = VisitorChats.text(message.text());
    Visitor visitor = message.toVisitor();
    String tenant =
        directory
            .tenantOf(widgetId)
            .orElseThrow(() -> new NotFoundException("Chat widget", widgetId));
    return work.call(
        tenant,
        () -> {
          ChatWidget widget =
              widgets
                  .findByPublicId(widgetId)
                  .filter(ChatWidget::enabled)
                  .orElseThrow(() -> new NotFoundException("Chat widget", widgetId));
          ChatConversation chat =
              conversations.save(
                  new ChatConversation(
                      widget,
                      visitor,
                      Secrets.random(16),
                      Secrets.sha256(Secrets.random(32)),
                      clock.instant()));
          log.post(chat, Author.VISITOR, visitor.displayName(), text, null);
          String key =
              conversion
                  .convert(
                      chat, Actor.system(tenant), TicketType.INCIDENT, "as a message left offline")
                  .key()
                  .value();
          chat.close(clock.instant());
          return key;
        });
  }
}
