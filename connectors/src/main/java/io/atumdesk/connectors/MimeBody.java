package io.atumdesk.connectors;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The readable parts of a MIME tree: the first plain text (preferred within multipart/alternative),
 * the first HTML (sanitized), and the files.
 */
record MimeBody(String text, String html, List<InboundAttachment> attachments) {

  private static final PolicyFactory SAFE_HTML =
      Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS).and(Sanitizers.TABLES);

  static MimeBody of(Part message) throws MessagingException, IOException {
    Collector collector = new Collector();
    collector.walk(message);
    String html = collector.html == null ? null : SAFE_HTML.sanitize(collector.html);
    String text = collector.text != null ? collector.text : textOf(collector.html);
    return new MimeBody(text == null ? "" : text, html, collector.attachments);
  }

  /** Plain text from HTML for mails that send nothing else: line breaks kept, tags dropped. */
  static String textOf(String html) {
    if (html == null) {
      return null;
    }
    String text =
        html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
            .replaceAll("(?i)<br\\s*/?>|</p>|</div>|</li>|</tr>", "\n")
            .replaceAll("<[^>]*>", "")
            .replace("&nbsp;", " ")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&amp;", "&");
    return text.replaceAll("\n{3,}", "\n\n").strip();
  }

  private static final class Collector {
    String text;
    String html;
    final List<InboundAttachment> attachments = new ArrayList<>();

    void walk(Part part) throws MessagingException, IOException {
      String filename = part.getFileName();
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || filename != null) {
        attachments.add(
            new InboundAttachment(
                filename == null ? "attachment" : MimeUtility.decodeText(filename),
                new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT),
                part.getInputStream().readAllBytes()));
      } else if (part.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) part.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
          walk(multipart.getBodyPart(i));
        }
      } else if (part.isMimeType("text/plain") && text == null) {
        text = decoded(part);
      } else if (part.isMimeType("text/html") && html == null) {
        html = decoded(part);
      }
    }

    /** The text in its declared charset; an unknown or missing one falls back to Latin-1. */
    private static String decoded(Part part) throws MessagingException, IOException {
      try {
        Object content = part.getContent();
        if (content instanceof String string) {
          return string;
        }
      } catch (UnsupportedEncodingException unknownCharset) {
        // read the bytes below
      }
      try (InputStream in = part.getInputStream()) {
        return new String(in.readAllBytes(), charsetOf(part));
      }
    }

    private static Charset charsetOf(Part part) {
      try {
        String name = new ContentType(part.getContentType()).getParameter("charset");
        return name == null ? StandardCharsets.ISO_8859_1 : Charset.forName(name);
      } catch (MessagingException | IllegalArgumentException e) {
        return StandardCharsets.ISO_8859_1;
      }
    }
  }
}
