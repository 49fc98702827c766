package io.atumdesk.connectors.mail;

import io.atumdesk.connectors.outbound.OutboundAttachment;
import io.atumdesk.connectors.outbound.OutboundMessage;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;

/**
 * Builds the MIME message: From the mailbox, To the recipient, the outbox's thread headers as given
 * (Message-ID kept, not replaced), a text and an HTML part as multipart/alternative, and the files
 * around them as multipart/mixed.
 */
final class MailComposition {

  private MailComposition() {}

  static MimeMessage compose(Session session, OutboundMessage message, Map<String, String> account)
      throws MessagingException {
    String messageId = message.headers().get("Message-ID");
    MimeMessage mail =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            if (messageId == null) {
              super.updateMessageID();
            } else {
              setHeader("Message-ID", messageId);
            }
          }
        };
    mail.setFrom(from(account));
    mail.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.recipient(), true));
    mail.setSubject(oneLine(message.subject()), StandardCharsets.UTF_8.name());
    mail.setSentDate(new Date());
    for (var header : message.headers().entrySet()) {
      if (!header.getKey().equalsIgnoreCase("Message-ID")) {
        String value = oneLine(header.getValue());
        mail.setHeader(header.getKey(), MimeUtility.fold(header.getKey().length() + 2, value));
      }
    }
    mail.setContent(content(message));
    mail.saveChanges();
    return mail;
  }

  private static MimeMultipart content(OutboundMessage message) throws MessagingException {
    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(message.text(), StandardCharsets.UTF_8.name());
    alternative.addBodyPart(text);
    if (message.html() != null) {
      MimeBodyPart html = new MimeBodyPart();
      html.setText(message.html(), StandardCharsets.UTF_8.name(), "html");
      alternative.addBodyPart(html);
    }
    if (message.attachments().isEmpty()) {
      return alternative;
    }
    MimeMultipart mixed = new MimeMultipart("mixed");
    MimeBodyPart body = new MimeBodyPart();
    body.setContent(alternative);
    mixed.addBodyPart(body);
    for (OutboundAttachment file : message.attachments()) {
      MimeBodyPart part = new MimeBodyPart();
      part.setDataHandler(
          new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
      part.setFileName(file.filename());
      part.setDisposition(MimeBodyPart.ATTACHMENT);
      mixed.addBodyPart(part);
    }
    return mixed;
  }

  private static InternetAddress from(Map<String, String> account) throws MessagingException {
    try {
      String name = account.get("fromName");
      return name == null
          ? new InternetAddress(account.get("fromAddress"), true)
          : new InternetAddress(account.get("fromAddress"), name, StandardCharsets.UTF_8.name());
    } catch (UnsupportedEncodingException e) {
      throw new MessagingException("Cannot encode the sender's name", e);
    }
  }

  private static String oneLine(String value) {
    return value == null ? "" : value.replaceAll("[\\r\\n]+", " ").strip();
  }
}
