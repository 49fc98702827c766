package io.atumdesk.channel.web;

import io.atumdesk.channel.Quarantine;
import io.atumdesk.channel.QuarantineRelease;
import io.atumdesk.core.Actor;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins see the mail that could not be read or was held back, with the reason and the source; they
 * download it, release it once the cause is fixed, or delete it.
 */
@RestController
@RequestMapping("/api/v1/mail/quarantine")
class QuarantineController {

  private final Quarantine quarantine;
  private final QuarantineRelease release;

  QuarantineController(Quarantine quarantine, QuarantineRelease release) {
    this.quarantine = quarantine;
    this.release = release;
  }

  @GetMapping
  List<Quarantine.Entry> list(Actor actor) {
    return quarantine.list(actor);
  }

  @GetMapping("/{id}/source")
  ResponseEntity<byte[]> source(Actor actor, @PathVariable long id) {
    return eml(quarantine.source(actor, id), id);
  }

  @PostMapping("/{id}/release")
  ResponseEntity<Void> release(Actor actor, @PathVariable long id) {
    release.release(actor, id);
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(Actor actor, @PathVariable long id) {
    quarantine.delete(actor, id);
    return ResponseEntity.noContent().build();
  }

  /** A quarantined mail as a file to save, never shown inline. */
  static ResponseEntity<byte[]> eml(byte[] source, long id) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("message/rfc822"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("quarantined-" + id + ".eml")
                .build()
                .toString())
        .body(source);
  }
}
