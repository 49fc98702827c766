package io.atumdesk.outbox;

import io.atumdesk.attachment.AttachmentDownload;
import io.atumdesk.attachment.AttachmentView;
import io.atumdesk.attachment.Attachments;
import io.atumdesk.connectors.outbound.OutboundAttachment;
import io.atumdesk.core.Actor;
import io.atumdesk.core.TenantContext;
import io.atumdesk.ticket.TicketKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The files that go with a message: those of the reply it carries, read when it is sent (a reply's
 * files are stored after the reply itself). Quarantined files are never listed, so never sent.
 */
@Component
class OutboundFiles {

  private final Attachments attachments;

  OutboundFiles(Attachments attachments) {
    this.attachments = attachments;
  }

  List<OutboundAttachment> of(OutboxMessage message) {
    if (message.timelineEntryId() == null || message.ticketKey() == null) {
      return List.of();
    }
    Actor system = Actor.system(TenantContext.required());
    TicketKey key = new TicketKey(message.ticketKey());
    List<OutboundAttachment> files = new ArrayList<>();
    for (AttachmentView view : attachments.list(system, key)) {
      if (Objects.equals(view.entryId(), message.timelineEntryId())) {
        AttachmentDownload download = attachments.open(system, key, view.id());
        try (InputStream in = download.content().open()) {
          files.add(new OutboundAttachment(view.filename(), view.mediaType(), in.readAllBytes()));
        } catch (IOException e) {
          throw new UncheckedIOException("Could not read " + view.filename(), e);
        }
      }
    }
    return files;
  }
}
