package io.atumdesk.attachment.web;

import io.atumdesk.attachment.AttachmentDownload;
import io.atumdesk.attachment.AttachmentView;
import io.atumdesk.attachment.Attachments;
import io.atumdesk.attachment.QuarantinedAttachment;
import io.atumdesk.core.Actor;
import io.atumdesk.ticket.TicketKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Attachments over HTTP; all rules live in {@link Attachments}. */
@RestController
@Tag(name = "Attachments")
class AttachmentController {

  private final Attachments attachments;

  AttachmentController(Attachments attachments) {
    this.attachments = attachments;
  }

  @PostMapping(
      path = "/api/v1/tickets/{key}/attachments",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      summary = "Attach files (one or more 'file' parts), to a reply or note with 'entry'",
      description =
          "Each file is typed from its content. A file whose content does not match its name is"
              + " held in quarantine (state QUARANTINED, with the reason) and never served.")
  List<AttachmentView> upload(
      Actor actor,
      @PathVariable String key,
      @RequestPart("file") List<MultipartFile> files,
      @RequestParam(name = "entry", required = false) Long entry)
      throws IOException {
    TicketKey ticket = new TicketKey(key);
    List<AttachmentView> stored = new ArrayList<>();
    for (MultipartFile file : files) {
      try (InputStream content = file.getInputStream()) {
        stored.add(
            attachments.store(
                actor, ticket, entry, file.getOriginalFilename(), content, file.getSize()));
      }
    }
    return stored;
  }

  @GetMapping("/api/v1/tickets/{key}/attachments")
  @Operation(summary = "The ticket's attachments you may see, oldest first")
  List<AttachmentView> list(Actor actor, @PathVariable String key) {
    return attachments.list(actor, new TicketKey(key));
  }

  /** The same download for the API and for the agents' and customers' pages (session sign-in). */
  @GetMapping({
    "/api/v1/tickets/{key}/attachments/{id}",
    "/tickets/{key}/attachments/{id}",
    "/portal/tickets/{key}/attachments/{id}"
  })
  @Operation(summary = "Download an attachment; only raster images are shown inline")
  ResponseEntity<Resource> download(Actor actor, @PathVariable String key, @PathVariable long id)
      throws IOException {
    AttachmentDownload download = attachments.open(actor, new TicketKey(key), id);
    ContentDisposition disposition =
        (download.inline() ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename(download.attachment().filename(), StandardCharsets.UTF_8)
            .build();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(download.contentType()))
        .contentLength(download.attachment().size())
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("X-Content-Type-Options", "nosniff")
        // Should a browser render it after all, it gets no script, no plugins, no origin.
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .body(new InputStreamResource(download.content().open()));
  }

  @GetMapping("/api/v1/attachments/quarantine")
  @Operation(summary = "Files held in quarantine in your tenant, with the reason (admins)")
  List<QuarantineView> quarantine(Actor actor) {
    return attachments.quarantine(actor).stream().map(QuarantineView::of).toList();
  }

  record QuarantineView(String ticketKey, AttachmentView attachment) {
    static QuarantineView of(QuarantinedAttachment held) {
      return new QuarantineView(held.ticketKey().value(), held.attachment());
    }
  }
}
