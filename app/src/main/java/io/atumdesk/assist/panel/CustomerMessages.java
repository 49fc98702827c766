package io.atumdesk.assist.panel;

import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketStatus;
import io.atumdesk.ticket.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the customer wrote on a ticket, oldest first (the subject and description count as the first
 * message), and since when they wait for an answer: the time of their oldest message that no public
 * reply of someone else followed, while the ticket is with the service desk.
 */
record CustomerMessages(List<String> texts, Instant waitingSince) {

  static CustomerMessages of(Ticket ticket, List<TimelineEntry> timeline) {
    List<String> texts = new ArrayList<>();
    texts.add(
        ticket.description() == null
            ? ticket.subject()
            : ticket.subject() + "\n" + ticket.description());
    Instant waitingSince = ticket.createdAt();
    for (TimelineEntry entry : timeline) {
      if (entry.kind() != TimelineEntry.Kind.REPLY || entry.internal()) {
        continue;
      }
      if (ticket.requester().equals(entry.actor())) {
        texts.add(entry.body() == null ? "" : entry.body());
        waitingSince = waitingSince == null ? entry.occurredAt() : waitingSince;
      } else {
        waitingSince = null;
      }
    }
    return new CustomerMessages(List.copyOf(texts), withDesk(ticket) ? waitingSince : null);
  }

  /** The latest {@code count} messages. */
  List<String> latest(int count) {
    return texts.subList(Math.max(0, texts.size() - count), texts.size());
  }

  /** All of it as one text, for language detection and the model's prompt. */
  String joined(int maxChars) {
    String all = String.join("\n\n", texts);
    return all.length() > maxChars ? all.substring(all.length() - maxChars) : all;
  }

  /** Pending waits on the customer; resolved and closed tickets owe nobody an answer. */
  private static boolean withDesk(Ticket ticket) {
    return ticket.status() == TicketStatus.NEW || ticket.status() == TicketStatus.IN_PROGRESS;
  }
}
