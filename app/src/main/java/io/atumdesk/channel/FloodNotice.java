package io.atumdesk.channel;

import io.atumdesk.channel.MailQuarantine.Cause;
import io.atumdesk.core.Actor;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Notes a flood once on the sender's open ticket: the first mail of a window held back by the rate
 * limit leaves an internal note, later ones of the same window only go to quarantine.
 */
@Component
class FloodNotice {

  private final MailMessages messages;
  private final MailQuarantines quarantines;
  private final TicketManagement tickets;
  private final ChannelProperties.RateLimit limit;
  private final Clock clock;

  FloodNotice(
      MailMessages messages,
      MailQuarantines quarantines,
      TicketManagement tickets,
      ChannelProperties properties,
      Clock clock) {
    this.messages = messages;
    this.quarantines = quarantines;
    this.tickets = tickets;
    this.limit = properties.mail().rateLimit();
    this.clock = clock;
  }

  /** Call before the held-back mail is quarantined, in the same transaction. */
  void heldBack(String tenantId, String sender) {
    if (quarantines.existsBySenderAndCauseAndReceivedAtAfter(
        sender, Cause.RATE_LIMITED, clock.instant().minus(limit.window()))) {
      return;
    }
    Actor system = Actor.system(tenantId);
    messages
        .findFirstBySenderAndTicketKeyNotNullOrderByReceivedAtDescIdDesc(sender)
        .map(m -> new TicketKey(m.ticketKey()))
        .filter(
            key -> tickets.find(system, List.of(key)).stream().anyMatch(t -> t.status().isOpen()))
        .ifPresent(
            key ->
                tickets.comment(
                    system,
                    key,
                    ("Mail flood: %s sent more than %d mails within %s. Further mails are held in"
                            + " the mail quarantine for an admin to release or delete.")
                        .formatted(sender, limit.maxMails(), limit.window()),
                    true));
  }
}
