package io.atumdesk.workflow;

import io.atumdesk.ticket.Ticket;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reads a named value for a decision input: a ticket field first, else a process variable. */
@Component
class TicketFieldValues {

  Object valueOf(Ticket ticket, String name, Map<String, Object> variables) {
    Object value =
        switch (name) {
          case "type" -> ticket.type();
          case "priority" -> ticket.priority();
          case "category" -> ticket.category();
          case "impact" -> ticket.impact();
          case "urgency" -> ticket.urgency();
          case "assignmentGroup" -> ticket.assignmentGroup();
          case "assignee" -> ticket.assignee();
          case "requester" -> ticket.requester();
          case "status" -> ticket.status();
          // A language given at start (by a channel that knows its customer) beats the one
          // detected from the text when the ticket was raised.
          case "language" -> variables.get(name) != null ? variables.get(name) : ticket.language();
          default -> variables.get(name);
        };
    return value instanceof Enum<?> e ? e.name() : value;
  }
}
