package io.atumdesk.assist.similar.web;

import io.atumdesk.core.InvalidInputException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.ticket.TicketKey;
import java.util.Locale;

/** The ticket to merge into, as typed: {@code inc-000001 } is read as INC-000001. */
record MergeForm(String into) {

  static TicketKey target(String into) {
    if (into == null || into.isBlank()) {
      throw new InvalidInputException(
          "into", "must name the ticket to merge into, e.g. INC-000001");
    }
    try {
      return new TicketKey(into.strip().toUpperCase(Locale.ROOT));
    } catch (NotFoundException e) {
      throw new InvalidInputException("into", "must be a ticket key such as INC-000001");
    }
  }
}
