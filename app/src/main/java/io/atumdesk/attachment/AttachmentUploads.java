package io.atumdesk.attachment;

import io.atumdesk.core.InvalidInputException;
import io.atumdesk.ticket.TicketRecords;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives one file: to disk first (counted, hashed, limited), then typed from its content, then
 * its row and timeline line in one transaction. The file is moved to its address before the commit;
 * should the commit fail, an unreferenced file may stay behind, never a row without its file.
 */
@Component
class AttachmentUploads {

  private static final Logger log = LoggerFactory.getLogger(AttachmentUploads.class);

  private final AttachmentFiles files;
  private final ContentInspection inspection;
  private final AttachmentRecords records;
  private final TicketRecords tickets;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final long limit;

  AttachmentUploads(
      AttachmentFiles files,
      ContentInspection inspection,
      AttachmentRecords records,
      TicketRecords tickets,
      PlatformTransactionManager transactions,
      Clock clock,
      AttachmentProperties properties) {
    this.files = files;
    this.inspection = inspection;
    this.records = records;
    this.tickets = tickets;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
    this.limit = properties.maxSize().toBytes();
  }

  void refuseDeclaredOverLimit(long declaredLength) {
    if (declaredLength > limit) {
      throw new AttachmentTooLargeException(limit);
    }
  }

  AttachmentView store(AttachmentTarget target, String originalFilename, InputStream content)
      throws IOException {
    SafeFilename name = SafeFilename.of(originalFilename);
    AttachmentFiles.Received file = files.receive(content, limit);
    Inspection verdict;
    try {
      if (file.size() == 0) {
        throw new InvalidInputException("file", "'" + name.value() + "' is empty");
      }
      verdict = inspection.inspect(file.path(), name);
      files.keep(target.tenantId(), file);
    } catch (IOException | RuntimeException e) {
      files.discard(file);
      throw e;
    }
    Attachment attachment =
        new Attachment(target, originalFilename, name, file, verdict, clock.instant());
    return transaction.execute(status -> record(target, records.save(attachment)));
  }

  /** A kept file goes on the timeline; a quarantined one is not attached, only logged. */
  private AttachmentView record(AttachmentTarget target, Attachment attachment) {
    AttachmentView view = attachment.view();
    if (view.state() == AttachmentState.QUARANTINED) {
      log.warn(
          "Attachment {} of {} quarantined: {}",
          view.id(),
          target.ticketKey(),
          view.quarantineReason());
      return view;
    }
    String text = "Attached " + view.filename() + " (" + readable(view.size()) + ")";
    if (target.internal()) {
      // Timeline events are public; a file of an internal note is announced as a note.
      tickets.reply(target.ticketId(), target.actor(), text, true);
      return view;
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("attachmentId", view.id());
    details.put("filename", view.filename());
    details.put("mediaType", view.mediaType());
    details.put("size", view.size());
    if (view.entryId() != null) {
      details.put("entryId", view.entryId());
    }
    tickets.recordEvent(target.ticketId(), target.actor(), text, details);
    return view;
  }

  private static String readable(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    return bytes < 1024 * 1024
        ? (bytes / 1024) + " KB"
        : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
