package io.atumdesk.attachment;

import org.springframework.util.unit.DataSize;

/** A file over {@code atum.attachments.max-size}; nothing of it was kept. Answered with 413. */
public class AttachmentTooLargeException extends RuntimeException {

  public AttachmentTooLargeException(long limit) {
    super(
        "The upload is larger than "
            + readable(DataSize.ofBytes(limit))
            + ", the most one upload may carry; send smaller files, or fewer at a time.");
  }

  private static String readable(DataSize size) {
    return size.toMegabytes() > 0 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
  }
}
