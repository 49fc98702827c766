package io.atumdesk.portal.web;

import io.atumdesk.attachment.AttachmentProperties;
import io.atumdesk.attachment.AttachmentState;
import io.atumdesk.attachment.AttachmentTooLargeException;
import io.atumdesk.attachment.AttachmentView;
import io.atumdesk.attachment.Attachments;
import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.ticket.TicketKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Attaches the files of a portal form one by one. A file that is held back (quarantined, empty, too
 * large) does not undo the ticket or reply it came with; the person is told which and why.
 */
@Component
class PortalUploads {

  private final Attachments attachments;
  private final String limit;

  PortalUploads(Attachments attachments, AttachmentProperties properties) {
    this.attachments = attachments;
    this.limit = properties.maxSize().toMegabytes() + " MB";
  }

  /** The most one form may carry, for the page to say so. */
  String limit() {
    return limit;
  }

  static boolean chosen(List<MultipartFile> files) {
    return files != null && files.stream().anyMatch(PortalUploads::chosen);
  }

  /** Stores the chosen files on the ticket, or on its reply {@code entryId}; answers refusals. */
  List<String> attach(Actor actor, TicketKey key, Long entryId, List<MultipartFile> files) {
    List<String> refused = new ArrayList<>();
    if (files == null) {
      return refused;
    }
    for (MultipartFile file : files) {
      if (!chosen(file)) {
        continue;
      }
      try (InputStream content = file.getInputStream()) {
        AttachmentView stored =
            attachments.store(
                actor, key, entryId, file.getOriginalFilename(), content, file.getSize());
        if (stored.state() == AttachmentState.QUARANTINED) {
          refused.add(stored.filename() + ": " + stored.quarantineReason());
        }
      } catch (InvalidInputException | AttachmentTooLargeException e) {
        refused.add(file.getOriginalFilename() + ": " + e.getMessage());
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read an upload for " + key, e);
      }
    }
    return refused;
  }

  /** A file input left empty still sends a part, without a name and without bytes. */
  private static boolean chosen(MultipartFile file) {
    String name = file.getOriginalFilename();
    return !(file.isEmpty() && (name == null || name.isBlank()));
  }
}
