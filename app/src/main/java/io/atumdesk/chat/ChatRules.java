package io.atumdesk.chat;

import io.atumdesk.chat.ChatConversation.Status;
import io.atumdesk.core.Actor;
import io.atumdesk.ticket.TicketType;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The widgets' auto-ticket rules: {@code always} as soon as the visitor writes; the others on a
 * schedule, with the time passed in so tests can move it. A conversion by rule is raised by the
 * system and says which rule on the ticket's timeline.
 */
@Component
class ChatRules {

  private static final Logger log = LoggerFactory.getLogger(ChatRules.class);

  private final ChatConversations conversations;
  private final ChatWidgets widgets;
  private final ChatConversion conversion;
  private final TenantWork work;
  private final ChatProperties properties;

  ChatRules(
      ChatConversations conversations,
      ChatWidgets widgets,
      ChatConversion conversion,
      TenantWork work,
      ChatProperties properties) {
    this.conversations = conversations;
    this.widgets = widgets;
    this.conversion = conversion;
    this.work = work;
    this.properties = properties;
  }

  /** In the visitor's transaction: an {@code always} widget converts at the first line. */
  void visitorWrote(ChatConversation chat, ChatWidget widget) {
    if (widget.autoTicket() == AutoTicket.ALWAYS && chat.ticketKey() == null) {
      convert(chat, "by the widget's rule: always");
    }
  }

  /** Converts every open chat whose widget's rule is due at {@code now}; returns how many. */
  int apply(Instant now) {
    List<ChatConversation> candidates =
        work.call(
            null,
            () ->
                conversations.findByStatusInAndTicketKeyIsNull(
                    EnumSet.of(Status.WAITING, Status.ACTIVE)));
    Map<Long, ChatWidget> byId =
        work.call(null, widgets::findAll).stream()
            .collect(Collectors.toMap(ChatWidget::id, Function.identity()));
    int converted = 0;
    for (ChatConversation candidate : candidates) {
      ChatWidget widget = byId.get(candidate.widgetId());
      String reason = widget == null ? null : due(widget, candidate, now);
      if (reason != null && convertDue(candidate, now, reason)) {
        converted++;
      }
    }
    return converted;
  }

  private boolean convertDue(ChatConversation candidate, Instant now, String reason) {
    try {
      return work.call(
          candidate.tenantId(),
          () -> {
            ChatConversation chat = conversations.findById(candidate.id()).orElseThrow();
            ChatWidget widget = widgets.findById(chat.widgetId()).orElseThrow();
            if (chat.ticketKey() != null || !chat.open() || due(widget, chat, now) == null) {
              return false;
            }
            convert(chat, reason);
            return true;
          });
    } catch (RuntimeException e) {
      log.warn("Could not convert chat {} by its widget's rule", candidate.publicId(), e);
      return false;
    }
  }

  private String due(ChatWidget widget, ChatConversation chat, Instant now) {
    return switch (widget.autoTicket()) {
      case NONE -> null;
      case ALWAYS -> null; // converted as the visitor writes
      case AFTER_MINUTES_WITHOUT_AGENT ->
          chat.status() == Status.WAITING
                  && !chat.startedAt().plusSeconds(60L * widget.autoTicketMinutes()).isAfter(now)
              ? "by the widget's rule: no agent within " + widget.autoTicketMinutes() + " minutes"
              : null;
      case ON_VISITOR_LEAVES_UNANSWERED ->
          chat.agentAnsweredAt() == null
                  && chat.visitorLeftAt() != null
                  && !chat.visitorLeftAt().plus(properties.leaveGrace()).isAfter(now)
              ? "by the widget's rule: the visitor left unanswered"
              : null;
    };
  }

  private void convert(ChatConversation chat, String reason) {
    conversion.convert(chat, Actor.system(chat.tenantId()), TicketType.INCIDENT, reason);
  }
}
