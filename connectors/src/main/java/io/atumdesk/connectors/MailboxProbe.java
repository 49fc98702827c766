package io.atumdesk.connectors;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.URLName;
import org.eclipse.angus.mail.imap.IMAPStore;

/** Signs in to a mailbox once, to tell an admin what the server answered and what it supports. */
public class MailboxProbe {

  /**
   * What a sign-in showed.
   *
   * @param connected whether signing in and opening the folder worked
   * @param idle whether the server offers IMAP IDLE (never for POP3)
   * @param answer what the server said: the folder's count, or its refusal
   */
  public record Probe(boolean connected, boolean idle, String answer) {}

  public Probe probe(MailboxSettings mailbox) {
    Session session = Session.getInstance(MailboxReader.properties(mailbox.protocol()));
    try (Store store = session.getStore(new URLName(MailboxReader.url(mailbox)))) {
      store.connect();
      boolean idle = store instanceof IMAPStore imap && imap.hasCapability("IDLE");
      Folder folder = store.getFolder(mailbox.isPop3() ? "INBOX" : mailbox.folder());
      folder.open(Folder.READ_ONLY);
      try {
        return new Probe(
            true,
            idle,
            "Signed in; %s holds %d mail(s)%s."
                .formatted(
                    folder.getFullName(),
                    folder.getMessageCount(),
                    idle ? "; the server offers IDLE" : ""));
      } finally {
        folder.close(false);
      }
    } catch (MessagingException | RuntimeException e) {
      return new Probe(false, false, answerOf(e));
    }
  }

  private static String answerOf(Exception e) {
    String message = e.getMessage();
    Throwable cause = e.getCause();
    if ((message == null || message.isBlank()) && cause != null) {
      message = cause.toString();
    }
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
