package io.atumdesk.chat.web;

import io.atumdesk.chat.ChatDownload;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A chat file as a response: its served type, inline only for images, never sniffed. */
final class Downloads {

  private Downloads() {}

  static ResponseEntity<byte[]> of(ChatDownload file) {
    ContentDisposition disposition =
        (file.inline() ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename(file.filename(), java.nio.charset.StandardCharsets.UTF_8)
            .build();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .body(file.content());
  }
}
