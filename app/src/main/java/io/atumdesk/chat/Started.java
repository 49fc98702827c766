package io.atumdesk.chat;

/**
 * A chat started: its id, the bearer token for every further call (shown once, kept only hashed),
 * and the visitor id the widget keeps.
 */
public record Started(String conversation, String token, String visitor) {}
