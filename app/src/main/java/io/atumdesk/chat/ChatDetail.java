package io.atumdesk.chat;

import java.util.List;

/** One chat with its lines, for the agent's console. */
public record ChatDetail(ConversationView conversation, List<MessageView> messages) {}
