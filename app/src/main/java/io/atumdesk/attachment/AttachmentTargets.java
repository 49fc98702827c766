package io.atumdesk.attachment;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import io.atumdesk.ticket.TimelineEntry;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Finds the ticket (and reply or note) a caller may attach to or read from, with the ticket
 * module's own visibility rules: another tenant's or another customer's ticket is not found, and
 * customers never see internal notes.
 */
@Component
class AttachmentTargets {

  private static final Set<TimelineEntry.Kind> CONVERSATION =
      Set.of(TimelineEntry.Kind.REPLY, TimelineEntry.Kind.NOTE);

  private final TicketManagement tickets;

  AttachmentTargets(TicketManagement tickets) {
    this.tickets = tickets;
  }

  /** The ticket as the caller sees it; NotFoundException when they may not. */
  Ticket visibleTicket(Actor actor, TicketKey key) {
    return tickets.get(actor, key);
  }

  AttachmentTarget forUpload(Actor actor, TicketKey key, Long entryId) {
    Ticket ticket = tickets.get(actor, key);
    if (!ticket.status().isOpen()) {
      throw new ConflictException(
          "Ticket " + key + " is closed and takes no more attachments; raise a new one.");
    }
    if (entryId == null) {
      return new AttachmentTarget(
          ticket.tenantId(), ticket.id(), key, null, false, actor.username());
    }
    TimelineEntry entry =
        tickets.timeline(actor, key).stream()
            .filter(e -> e.id().equals(entryId) && CONVERSATION.contains(e.kind()))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "entry", "names no reply or note of ticket " + key + " you can see"));
    return new AttachmentTarget(
        ticket.tenantId(), ticket.id(), key, entry.id(), entry.internal(), actor.username());
  }
}
