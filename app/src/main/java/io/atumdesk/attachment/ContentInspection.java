package io.atumdesk.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * Detects a file's type from its first bytes with Tika's magic patterns (no name, no client header)
 * and compares it with what the file's name promises. The name may be vaguer than the content (a
 * {@code .csv} that is plain text) but not different (an executable or a web page named {@code
 * .pdf}), and a name whose type has a signature needs content that shows it.
 */
@Component
class ContentInspection {

  private final MimeTypes types = MimeTypes.getDefaultMimeTypes();
  private final MediaTypeRegistry registry = types.getMediaTypeRegistry();

  Inspection inspect(Path file, SafeFilename name) throws IOException {
    MediaType detected;
    try (InputStream in = TikaInputStream.get(file)) {
      detected = types.detect(in, new Metadata());
    }
    MimeType promised = types.getMimeType(name.value());
    if (matches(detected, promised)) {
      return new Inspection(detected.toString(), null);
    }
    return new Inspection(
        detected.toString(),
        "Its content is %s, but its name '%s' says %s; it is kept in quarantine. Rename it to what it is, or send the right file."
            .formatted(detected, name.value(), promised.getType()));
  }

  private boolean matches(MediaType detected, MimeType promised) {
    MediaType named = promised.getType();
    if (named.equals(MediaType.OCTET_STREAM) || named.equals(detected)) {
      return true;
    }
    if (detected.equals(MediaType.OCTET_STREAM)) {
      // Nothing recognisable, although the name's type has a signature we would have seen.
      return !promised.hasMagic();
    }
    return registry.isSpecializationOf(named, detected);
  }
}
