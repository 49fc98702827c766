package io.atumdesk.connectors;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a raw RFC 5322 message into an {@link InboundMessage}. */
public class MailParser {

  private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>\\s]+)>");
  private final Session session;

  public MailParser() {
    Properties properties = new Properties();
    // Raw 8-bit UTF-8 in headers (RFC 6532) is read as UTF-8 instead of mangled.
    properties.setProperty("mail.mime.allowutf8", "true");
    this.session = Session.getInstance(properties);
  }

  public InboundMessage parse(String mailbox, byte[] raw, Instant receivedAt)
      throws UnreadableMessageException {
    try {
      MimeMessage mime = new MimeMessage(session, new ByteArrayInputStream(raw));
      InternetAddress sender = sender(mime);
      MimeBody body = MimeBody.of(mime);
      return new InboundMessage(
          "email",
          sender.getAddress().toLowerCase(Locale.ROOT),
          sender.getPersonal(),
          mailbox,
          messageId(mime, raw),
          ids(mime.getHeader("In-Reply-To", " ")).stream().findFirst().orElse(null),
          ids(mime.getHeader("References", " ")),
          mime.getSubject(),
          body.text(),
          body.html(),
          body.attachments(),
          receivedAt,
          headers(mime),
          raw);
    } catch (MessagingException | IOException | RuntimeException e) {
      throw new UnreadableMessageException(
          "Unreadable message: " + e.getClass().getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  private static InternetAddress sender(MimeMessage mime) throws MessagingException {
    Address[] from = mime.getFrom();
    if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)) {
      throw new MessagingException("it names no sender (From)");
    }
    address.validate();
    return address;
  }

  /** The Message-ID; without one, a digest of the source, so a redelivery still matches. */
  private static String messageId(MimeMessage mime, byte[] raw) throws MessagingException {
    List<String> ids = ids(mime.getMessageID());
    return ids.isEmpty() ? "sha256:" + sha256(raw) : ids.get(0);
  }

  static List<String> ids(String header) {
    if (header == null) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    Matcher matcher = MESSAGE_ID.matcher(header);
    while (matcher.find()) {
      ids.add(matcher.group(1));
    }
    return Collections.unmodifiableList(ids);
  }

  private static Map<String, String> headers(MimeMessage mime) throws MessagingException {
    Map<String, String> headers = new HashMap<>();
    var all = mime.getAllHeaders();
    while (all.hasMoreElements()) {
      var header = all.nextElement();
      headers.putIfAbsent(
          header.getName().toLowerCase(Locale.ROOT),
          header.getValue() == null ? "" : header.getValue().strip());
    }
    return headers;
  }

  private static String sha256(byte[] raw) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
