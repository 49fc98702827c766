package io.atumdesk.chat;

import io.atumdesk.chat.ChatMessage.Author;
import io.atumdesk.connectors.outbound.DeliveryException;
import io.atumdesk.connectors.outbound.OutboundMessage;
import io.atumdesk.connectors.outbound.OutboundTransport;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Delivers agents' ticket replies into the chat the ticket came from: stored as an agent's line and
 * pushed to the visitor's stream if open; a visitor who left reads it on coming back. The account
 * is the widget's public id, the thread reference the chat's; a chat that no longer exists is a
 * permanent failure.
 */
@Component
class ChatTransport implements OutboundTransport {

  private final WidgetDirectory directory;
  private final TenantWork work;
  private final ChatWidgets widgets;
  private final ChatConversations conversations;
  private final ChatLog log;
  private final Clock clock;

  ChatTransport(
      WidgetDirectory directory,
      TenantWork work,
      ChatWidgets widgets,
      ChatConversations conversations,
      ChatLog log,
      Clock clock) {
    this.directory = directory;
    this.work = work;
    this.widgets = widgets;
    this.conversations = conversations;
    this.log = log;
    this.clock = clock;
  }

  @Override
  public String channel() {
    return "chat";
  }

  @Override
  public String send(OutboundMessage message, Map<String, String> account)
      throws DeliveryException {
    Optional<String> tenant = directory.tenantOf(message.account());
    if (tenant.isEmpty() || message.threadReference() == null) {
      throw DeliveryException.permanent(
          "Chat widget " + message.account() + " or its chat no longer exists", null);
    }
    try {
      Optional<MessageView> posted = work.call(tenant.get(), () -> post(message));
      return posted
          .map(line -> "chat-message-" + line.id())
          .orElseThrow(
              () ->
                  DeliveryException.permanent(
                      "Chat " + message.threadReference() + " no longer exists", null));
    } catch (RuntimeException e) {
      throw DeliveryException.temporary("Could not store the chat line: " + e.getMessage(), e);
    }
  }

  private Optional<MessageView> post(OutboundMessage message) {
    Optional<ChatWidget> widget = widgets.findByPublicId(message.account());
    return conversations
        .findByPublicId(message.threadReference())
        .filter(chat -> widget.isPresent() && chat.widgetId().equals(widget.get().id()))
        .filter(chat -> chat.visitor().id().equals(message.recipient()))
        .map(
            chat -> {
              chat.answered(clock.instant());
              String name = message.headers().getOrDefault("From-Name", "Support");
              return log.post(chat, Author.AGENT, name, message.text(), null);
            });
  }
}
