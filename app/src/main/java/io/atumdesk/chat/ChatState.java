package io.atumdesk.chat;

import java.util.List;

/** A chat as its visitor sees it on coming back. */
public record ChatState(
    String conversation,
    String status,
    String agentName,
    String ticket,
    List<MessageView> messages) {}
