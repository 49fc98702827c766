package io.atumdesk.ticket;

import io.atumdesk.core.NotFoundException;
import java.util.regex.Pattern;

/** A ticket's key within its tenant, such as {@code INC-000123}. */
public record TicketKey(String value) {

  private static final Pattern FORMAT = Pattern.compile("(INC|REQ|PRB|CHG)-\\d{6,}");

  public TicketKey {
    if (value == null || !FORMAT.matcher(value).matches()) {
      // A malformed key can name no ticket: answer as for any unknown key.
      throw new NotFoundException("Ticket", value);
    }
  }

  static TicketKey of(TicketType type, long number) {
    return new TicketKey("%s-%06d".formatted(type.prefix(), number));
  }

  @Override
  public String toString() {
    return value;
  }
}
