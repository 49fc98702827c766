package io.atumdesk.channel;

import io.atumdesk.connectors.InboundMessage;
import io.atumdesk.core.Actor;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Finds the ticket a mail answers: by In-Reply-To, then References (newest first), against the
 * Message-IDs we have seen or sent, then by a ticket key in brackets in the subject. Never by
 * subject text alone, and only within the tenant.
 */
@Component
class MailThreads {

  private static final Pattern KEY_IN_SUBJECT =
      Pattern.compile("\\[((?:INC|REQ|PRB|CHG)-\\d{6,})\\]");
  private final MailMessages messages;
  private final TicketManagement tickets;

  MailThreads(MailMessages messages, TicketManagement tickets) {
    this.messages = messages;
    this.tickets = tickets;
  }

  Optional<Ticket> ticketFor(String tenantId, InboundMessage mail) {
    Actor system = Actor.system(tenantId);
    return byMessageIds(mail)
        .or(() -> keyInSubject(mail.subject()))
        .flatMap(key -> tickets.find(system, List.of(key)).stream().findFirst());
  }

  private Optional<TicketKey> byMessageIds(InboundMessage mail) {
    List<String> ids = new ArrayList<>(mail.references());
    Collections.reverse(ids);
    if (mail.inReplyTo() != null) {
      ids.add(0, mail.inReplyTo());
    }
    if (ids.isEmpty()) {
      return Optional.empty();
    }
    Map<String, MailMessage> known =
        messages.findByMessageIdInAndTicketKeyNotNull(ids).stream()
            .collect(Collectors.toMap(MailMessage::messageId, Function.identity()));
    return ids.stream()
        .filter(known::containsKey)
        .findFirst()
        .map(id -> new TicketKey(known.get(id).ticketKey()));
  }

  private static Optional<TicketKey> keyInSubject(String subject) {
    if (subject == null) {
      return Optional.empty();
    }
    Matcher matcher = KEY_IN_SUBJECT.matcher(subject);
    return matcher.find() ? Optional.of(new TicketKey(matcher.group(1))) : Optional.empty();
  }
}
