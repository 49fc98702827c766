package io.atumdesk.chat;

import java.util.List;

/** A widget as admins see it; {@code id} is the public id that goes into the script tag. */
public record WidgetView(
    String id,
    String name,
    List<String> allowedOrigins,
    String greeting,
    AutoTicket autoTicket,
    int autoTicketMinutes,
    boolean enabled) {}
