package io.atumdesk.live;

/** Someone on a ticket's page: {@code state} is {@code viewing} or {@code typing}. */
public record Viewer(String user, String name, String state) {}
