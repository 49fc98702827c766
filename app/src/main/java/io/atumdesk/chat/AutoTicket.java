package io.atumdesk.chat;

/** When a widget's chats become tickets without an agent converting them. */
public enum AutoTicket {
  /** Only an agent converts. */
  NONE,
  /** The visitor left and no agent had answered. */
  ON_VISITOR_LEAVES_UNANSWERED,
  /** No agent joined within the widget's minutes. */
  AFTER_MINUTES_WITHOUT_AGENT,
  /** Every chat, once the visitor has written. */
  ALWAYS
}
