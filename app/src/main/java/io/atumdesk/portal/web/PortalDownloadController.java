package io.atumdesk.portal.web;

import io.atumdesk.attachment.AttachmentDownload;
import io.atumdesk.attachment.Attachments;
import io.atumdesk.core.Actor;
import io.atumdesk.ticket.TicketKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Downloads for the portal's signed-in customers, served like the API serves them (ADR 0010): the
 * detected type, a sanitised name, no sniffing, and a sandbox should a browser render it anyway.
 */
@RestController
class PortalDownloadController {

  private final Attachments attachments;

  PortalDownloadController(Attachments attachments) {
    this.attachments = attachments;
  }

  @GetMapping("/portal/tickets/{key}/attachments/{id}")
  ResponseEntity<Resource> download(@PathVariable TicketKey key, @PathVariable long id, Actor actor)
      throws IOException {
    AttachmentDownload download = attachments.open(actor, key, id);
    ContentDisposition disposition =
        (download.inline() ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename(download.attachment().filename(), StandardCharsets.UTF_8)
            .build();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(download.contentType()))
        .contentLength(download.attachment().size())
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .body(new InputStreamResource(download.content().open()));
  }
}
