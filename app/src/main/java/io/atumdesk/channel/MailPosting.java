package io.atumdesk.channel;

import io.atumdesk.attachment.AttachmentProperties;
import io.atumdesk.attachment.Attachments;
import io.atumdesk.connectors.InboundAttachment;
import io.atumdesk.connectors.InboundMessage;
import io.atumdesk.core.Actor;
import io.atumdesk.ticket.RaiseTicket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketManagement;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Puts a mail on a ticket: raises it or replies on it, with the mail's files. A file over the size
 * limit is named in the text instead, so one large file never blocks the whole mail.
 */
@Component
class MailPosting {

  private final TicketManagement tickets;
  private final Attachments attachments;
  private final long maxSize;

  MailPosting(TicketManagement tickets, Attachments attachments, AttachmentProperties properties) {
    this.tickets = tickets;
    this.attachments = attachments;
    this.maxSize = properties.maxSize().toBytes();
  }

  TicketKey raise(Actor actor, RaiseTicket command, List<InboundAttachment> files) {
    RaiseTicket withNotes =
        new RaiseTicket(
            command.type(),
            command.subject(),
            command.description() + notesOnSkipped(files),
            command.impact(),
            command.urgency(),
            command.category(),
            command.requester());
    TicketKey key = tickets.raise(actor, withNotes).key();
    store(actor, key, null, files);
    return key;
  }

  /**
   * A reply by its sender when they may see the ticket (its requester, or staff); from anyone else
   * the system posts it, marked with who wrote it, so the wait on the requester goes on.
   */
  void reply(InboundMessage mail, Actor sender, TicketKey key, String text) {
    boolean mayReply = !tickets.find(sender, List.of(key)).isEmpty();
    Actor author = mayReply ? sender : Actor.system(sender.tenantId());
    String body = (mayReply ? text : MailText.quotedFrom(mail, text));
    List<InboundAttachment> files = mail.attachments();
    Long entry = tickets.comment(author, key, body + notesOnSkipped(files), false).id();
    store(author, key, entry, files);
  }

  /** Marks on the ticket, for agents only, that the mail's sender could not be verified. */
  void markUnverified(String tenantId, TicketKey key, String results) {
    tickets.comment(
        Actor.system(tenantId),
        key,
        "Unverified sender: the last mail failed sender authentication (" + results + ").",
        true);
  }

  private void store(Actor actor, TicketKey key, Long entry, List<InboundAttachment> files) {
    for (InboundAttachment file : files) {
      if (file.content().length <= maxSize) {
        attachments.store(
            actor,
            key,
            entry,
            file.filename(),
            new ByteArrayInputStream(file.content()),
            file.content().length);
      }
    }
  }

  private String notesOnSkipped(List<InboundAttachment> files) {
    List<String> skipped = new ArrayList<>();
    for (InboundAttachment file : files) {
      if (file.content().length > maxSize) {
        skipped.add(file.filename());
      }
    }
    return skipped.isEmpty() ? "" : "\n\n(Files over the size limit, not kept: " + skipped + ")";
  }
}
