package io.atumdesk.chat;

import java.util.List;

/**
 * What an admin sets on a widget; left out, the rule is {@code NONE}, the minutes 5 and the widget
 * enabled.
 *
 * @param allowedOrigins the sites that may embed it, as {@code https://shop.example} (scheme, host
 *     and port, no path)
 * @param autoTicketMinutes for {@link AutoTicket#AFTER_MINUTES_WITHOUT_AGENT}: how long a chat may
 *     wait for an agent
 */
public record WidgetSettings(
    String name,
    List<String> allowedOrigins,
    String greeting,
    AutoTicket autoTicket,
    Integer autoTicketMinutes,
    Boolean enabled) {

  public WidgetSettings {
    allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    autoTicket = autoTicket == null ? AutoTicket.NONE : autoTicket;
    autoTicketMinutes = autoTicketMinutes == null ? 5 : autoTicketMinutes;
    enabled = enabled == null || enabled;
  }
}
