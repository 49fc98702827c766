package io.atumdesk.chat;

/** What a widget shows before a chat; {@code online} says whether an agent is at the console. */
public record WidgetInfo(String name, String greeting, boolean online) {}
