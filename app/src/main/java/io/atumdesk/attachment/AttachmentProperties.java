package io.atumdesk.attachment;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of attachments. The servlet container's multipart limits are derived from these, so
 * {@code spring.servlet.multipart.max-*} have no effect.
 *
 * @param directory where the files are kept, one folder per tenant, named by their SHA-256
 * @param maxSize the most one upload may carry: a whole upload request, and so every file in it
 */
@ConfigurationProperties(prefix = "atum.attachments")
public record AttachmentProperties(
    @DefaultValue("./data/attachments") Path directory, @DefaultValue("25MB") DataSize maxSize) {

  public AttachmentProperties {
    if (maxSize.toBytes() <= 0) {
      throw new IllegalArgumentException("atum.attachments.max-size must be positive");
    }
  }
}
