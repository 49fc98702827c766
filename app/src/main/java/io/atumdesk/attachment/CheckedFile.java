package io.atumdesk.attachment;

/**
 * A file that went through the attachment checks outside of a ticket (a chat, say).
 *
 * @param filename the safe name to show and serve it under
 * @param mediaType the type detected from its content
 * @param servedType the type to serve it with (octet-stream for anything a browser could run)
 * @param inline whether it may be shown inline (raster images)
 * @param quarantineReason why it may never be served, or null when it passed
 */
public record CheckedFile(
    String filename,
    String mediaType,
    String servedType,
    boolean inline,
    long size,
    String quarantineReason) {

  public boolean passed() {
    return quarantineReason == null;
  }
}
