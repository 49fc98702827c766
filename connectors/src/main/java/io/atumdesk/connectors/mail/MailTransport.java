package io.atumdesk.connectors.mail;

import io.atumdesk.connectors.outbound.DeliveryException;
import io.atumdesk.connectors.outbound.OutboundMessage;
import io.atumdesk.connectors.outbound.OutboundTransport;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.Properties;
import org.springframework.stereotype.Component;

/**
 * Sends mail through the sending mailbox's SMTP server ({@code host}, {@code port}, {@code
 * security} none, starttls or tls, {@code username}, {@code password}, {@code fromAddress}, {@code
 * fromName}). The Message-ID is the one the outbox made and recorded; the server's 5xx answers are
 * permanent failures, everything else (no connection, 4xx) is tried again.
 */
@Component
public class MailTransport implements OutboundTransport {

  private static final String TIMEOUT = "20000";

  @Override
  public String channel() {
    return "email";
  }

  @Override
  public String send(OutboundMessage message, Map<String, String> account)
      throws DeliveryException {
    boolean tls = "tls".equals(account.get("security"));
    Session session = Session.getInstance(properties(account, tls));
    try {
      MimeMessage mail = MailComposition.compose(session, message, account);
      try (Transport transport = session.getTransport(tls ? "smtps" : "smtp")) {
        String user = account.get("username");
        transport.connect(
            account.get("host"),
            Integer.parseInt(account.getOrDefault("port", "25")),
            user == null || user.isBlank() ? null : user,
            account.get("password"));
        transport.sendMessage(mail, mail.getAllRecipients());
      }
      return mail.getMessageID();
    } catch (AddressException e) {
      throw DeliveryException.permanent("Not a mail address: " + e.getMessage(), e);
    } catch (MessagingException e) {
      return SmtpFailures.rethrow(e);
    }
  }

  private static Properties properties(Map<String, String> account, boolean tls) {
    String protocol = tls ? "smtps" : "smtp";
    Properties properties = new Properties();
    properties.put("mail." + protocol + ".connectiontimeout", TIMEOUT);
    properties.put("mail." + protocol + ".timeout", TIMEOUT);
    properties.put("mail." + protocol + ".writetimeout", TIMEOUT);
    String user = account.get("username");
    properties.put("mail." + protocol + ".auth", String.valueOf(user != null && !user.isBlank()));
    if (tls) {
      properties.put("mail.smtps.ssl.checkserveridentity", "true");
    }
    if ("starttls".equals(account.get("security"))) {
      properties.put("mail.smtp.starttls.enable", "true");
      properties.put("mail.smtp.starttls.required", "true");
      properties.put("mail.smtp.ssl.checkserveridentity", "true");
    }
    return properties;
  }
}
