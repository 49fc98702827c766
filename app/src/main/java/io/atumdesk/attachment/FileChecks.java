package io.atumdesk.attachment;

import io.atumdesk.core.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Service;

/**
 * The checks every attachment goes through, for modules that keep small files themselves (chat):
 * the size limit, a safe name, and the type detected from the content compared with the name's.
 */
@Service
public class FileChecks {

  private final ContentInspection inspection;
  private final long limit;

  FileChecks(ContentInspection inspection, AttachmentProperties properties) {
    this.inspection = inspection;
    this.limit = properties.maxSize().toBytes();
  }

  /**
   * @param limit the caller's own limit, applied when lower than {@code atum.attachments.max-size}
   * @throws AttachmentTooLargeException over the limit
   */
  public CheckedFile check(String originalFilename, byte[] content, long limit) {
    long applied = Math.min(limit, this.limit);
    if (content.length > applied) {
      throw new AttachmentTooLargeException(applied);
    }
    SafeFilename name = SafeFilename.of(originalFilename);
    if (content.length == 0) {
      throw new InvalidInputException("file", "'" + name.value() + "' is empty");
    }
    try {
      Path file = Files.createTempFile("atum-check-", ".bin");
      try {
        Files.write(file, content);
        Inspection verdict = inspection.inspect(file, name);
        ServedType served = ServedType.of(verdict.mediaType());
        return new CheckedFile(
            name.value(),
            verdict.mediaType(),
            served.contentType(),
            served.inline(),
            content.length,
            verdict.quarantineReason());
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not check the file " + name.value(), e);
    }
  }
}
