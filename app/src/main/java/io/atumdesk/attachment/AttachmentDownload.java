package io.atumdesk.attachment;

import java.io.IOException;
import java.io.InputStream;

/**
 * An attachment ready to be served: its metadata, how to serve it, and its content, opened only
 * when the caller streams it (and closed by the caller).
 *
 * @param contentType the type to send: the detected one, or {@code application/octet-stream} for
 *     anything a browser could run
 * @param inline whether it may be shown in the page rather than downloaded (raster images only)
 */
public record AttachmentDownload(
    AttachmentView attachment, String contentType, boolean inline, Content content) {

  /** The bytes, read from storage on each call. */
  @FunctionalInterface
  public interface Content {
    InputStream open() throws IOException;
  }
}
