package io.atumdesk.attachment;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.NotFoundException;
import io.atumdesk.core.Role;
import io.atumdesk.ticket.Ticket;
import io.atumdesk.ticket.TicketKey;
import io.atumdesk.ticket.TicketMerge;
import io.atumdesk.ticket.TicketRecords;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files on tickets and on their replies and notes. Whoever sees a ticket sees its attachments,
 * except that customers never see those of internal notes; quarantined files are never served and
 * only administrators list them.
 */
@Service
public class Attachments {

  private final AttachmentTargets targets;
  private final AttachmentUploads uploads;
  private final AttachmentRecords records;
  private final AttachmentFiles files;
  private final TicketRecords tickets;

  Attachments(
      AttachmentTargets targets,
      AttachmentUploads uploads,
      AttachmentRecords records,
      AttachmentFiles files,
      TicketRecords tickets) {
    this.targets = targets;
    this.uploads = uploads;
    this.records = records;
    this.files = files;
    this.tickets = tickets;
  }

  /**
   * Streams {@code content} to storage while counting and hashing it, types it from its content and
   * keeps it, or holds it in quarantine when its content does not match its name (see the view's
   * state and reason).
   *
   * @param entryId the reply or note the file belongs to, or null for the ticket itself
   * @param declaredLength the length the client announced, or -1; refused at once when too large
   * @throws AttachmentTooLargeException over {@code atum.attachments.max-size}; nothing is kept
   */
  public AttachmentView store(
      Actor actor,
      TicketKey key,
      Long entryId,
      String originalFilename,
      InputStream content,
      long declaredLength) {
    uploads.refuseDeclaredOverLimit(declaredLength);
    AttachmentTarget target = targets.forUpload(actor, key, entryId);
    try {
      return uploads.store(target, originalFilename, content);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store an attachment of " + key, e);
    }
  }

  /** The ticket's attachments the caller may see, oldest first. */
  @Transactional(readOnly = true)
  public List<AttachmentView> list(Actor actor, TicketKey key) {
    Ticket ticket = targets.visibleTicket(actor, key);
    return records
        .findByTicketIdAndStateOrderByUploadedAtAscIdAsc(ticket.id(), AttachmentState.STORED)
        .stream()
        .filter(a -> mayRead(actor, a))
        .map(Attachment::view)
        .toList();
  }

  /** One attachment to stream; a quarantined one, or one the caller may not see, is not found. */
  @Transactional(readOnly = true)
  public AttachmentDownload open(Actor actor, TicketKey key, long id) {
    Ticket ticket = targets.visibleTicket(actor, key);
    Attachment attachment =
        records
            .findByIdAndTicketIdAndState(id, ticket.id(), AttachmentState.STORED)
            .filter(a -> mayRead(actor, a))
            .orElseThrow(() -> new NotFoundException("Attachment", id + " of ticket " + key));
    ServedType served = ServedType.of(attachment.mediaType());
    String tenant = attachment.tenantId();
    String sha256 = attachment.sha256();
    return new AttachmentDownload(
        attachment.view(), served.contentType(), served.inline(), () -> files.open(tenant, sha256));
  }

  /** Every file of the caller's tenant held in quarantine, newest first; administrators only. */
  @Transactional(readOnly = true)
  public List<QuarantinedAttachment> quarantine(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only administrators may list quarantined attachments.");
    }
    return records.findByStateOrderByUploadedAtDescIdDesc(AttachmentState.QUARANTINED).stream()
        .map(a -> new QuarantinedAttachment(tickets.byId(a.ticketId()).key(), a.view()))
        .toList();
  }

  /**
   * Carries the files of a merged duplicate over to the ticket it was merged into, each onto the
   * copy of its reply or note; in the merge's transaction.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public int carryOver(TicketMerge merge) {
    var stored =
        records.findByTicketIdAndStateOrderByUploadedAtAscIdAsc(
            merge.duplicateId(), AttachmentState.STORED);
    for (Attachment file : stored) {
      Long entry = file.entryId() == null ? null : merge.copiedEntries().get(file.entryId());
      records.save(file.copiedTo(merge.survivorId(), entry, merge.staffOnly()));
    }
    return stored.size();
  }

  private static boolean mayRead(Actor actor, Attachment attachment) {
    return actor.isStaff() || !attachment.internal();
  }
}
