package io.atumdesk.webhook;

import io.atumdesk.connectors.webhook.MappedWebhook;
import io.atumdesk.ticket.Level;
import io.atumdesk.ticket.RaiseTicket;
import io.atumdesk.ticket.TicketType;
import java.util.Arrays;
import java.util.Locale;

/** Mapped values as ticket fields; a value that is no known level or type is refused by name. */
final class MappedTickets {

  private static final int LONGEST_SUBJECT = 255;
  private static final int LONGEST_TEXT = 20_000;

  private MappedTickets() {}

  static RaiseTicket raise(MappedWebhook webhook) {
    return new RaiseTicket(
        webhook.type() == null
            ? TicketType.INCIDENT
            : parse(TicketType.class, "type", webhook.type()),
        cut(webhook.subject(), LONGEST_SUBJECT),
        webhook.description() == null ? null : cut(webhook.description(), LONGEST_TEXT),
        webhook.impact() == null ? null : parse(Level.class, "impact", webhook.impact()),
        webhook.urgency() == null ? null : parse(Level.class, "urgency", webhook.urgency()),
        webhook.category(),
        webhook.requester());
  }

  static String update(MappedWebhook webhook) {
    String text = webhook.description() == null ? webhook.subject() : webhook.description();
    return cut(
        "Update from webhook source %s: %s".formatted(webhook.sourceId(), text), LONGEST_TEXT);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'%s' is not a %s; use one of %s"
              .formatted(value, field, Arrays.toString(type.getEnumConstants())));
    }
  }

  private static String cut(String text, int longest) {
    return text.length() <= longest ? text : text.substring(0, longest - 1) + "…";
  }
}
