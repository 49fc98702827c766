package io.atumdesk.studio.web;

import io.atumdesk.core.Actor;
import io.atumdesk.core.InvalidInputException;
import io.atumdesk.studio.StudioTransfer;
import io.atumdesk.studio.StudioTransfer.Imported;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** A tenant's models as one zip, out and in (all or nothing). */
@RestController
@Tag(name = "Studio")
class StudioTransferController {

  private final StudioTransfer transfer;

  StudioTransferController(StudioTransfer transfer) {
    this.transfer = transfer;
  }

  @GetMapping({"/api/v1/studio/export", "/studio/export"})
  @Operation(summary = "A zip of the tenant's current processes/, rules/ and forms/")
  ResponseEntity<byte[]> export(Actor actor) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("studio-" + actor.tenantId() + ".zip")
                .build()
                .toString())
        .body(transfer.export(actor));
  }

  @PostMapping(path = "/api/v1/studio/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Check every model of a zip, then deploy all of them or none")
  Imported importZip(Actor actor, @RequestParam(required = false) MultipartFile file)
      throws IOException {
    return transfer.importZip(actor, bytes(file));
  }

  static byte[] bytes(MultipartFile file) throws IOException {
    if (file == null || file.isEmpty()) {
      throw new InvalidInputException("file", "is missing; send the zip as the part 'file'");
    }
    return file.getBytes();
  }
}
