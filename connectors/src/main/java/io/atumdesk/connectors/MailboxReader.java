package io.atumdesk.connectors;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.integration.context.IntegrationContextUtils;
import org.springframework.integration.mail.inbound.AbstractMailReceiver;
import org.springframework.integration.mail.inbound.ImapMailReceiver;
import org.springframework.integration.mail.inbound.Pop3MailReceiver;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Reads a mailbox with Spring Integration's receivers and hands every unseen mail to the handler. A
 * mail is acknowledged only after the handler returned (its change committed): IMAP mail is flagged
 * SEEN, POP3 mail deleted when the mailbox is closed. Reading never marks it, so a crash in between
 * delivers it again, and the handler's idempotency absorbs that.
 */
public class MailboxReader {

  /** Tells the mailbox a mail is done with. */
  @FunctionalInterface
  public interface Acknowledgement {
    void acknowledge(MailboxSettings mailbox, MimeMessage mail) throws MessagingException;
  }

  /** What one poll did. */
  public record Poll(int received, int acknowledged, int failed) {}

  /**
   * Flags IMAP mail SEEN. POP3 has no SEEN flag: its mail is marked deleted, and the server removes
   * it when the poll closes the mailbox (a crash before then leaves it, and Message-ID catches it).
   */
  public static final Acknowledgement SEEN =
      (mailbox, mail) ->
          mail.setFlag(mailbox.isPop3() ? Flags.Flag.DELETED : Flags.Flag.SEEN, true);

  private static final Logger log = LoggerFactory.getLogger(MailboxReader.class);
  private final MailParser parser;
  private final Clock clock;
  private final Acknowledgement acknowledgement;
  private final int maxPerPoll;
  // Spring Integration's receivers want both, though polling uses neither (only IDLE would).
  final DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
  private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();

  public MailboxReader(
      MailParser parser, Clock clock, Acknowledgement acknowledgement, int maxPerPoll) {
    this.parser = parser;
    this.clock = clock;
    this.acknowledgement = acknowledgement;
    this.maxPerPoll = maxPerPoll;
    scheduler.setThreadNamePrefix("mail-");
    scheduler.initialize();
    beanFactory.registerSingleton(
        IntegrationContextUtils.INTEGRATION_EVALUATION_CONTEXT_BEAN_NAME,
        new StandardEvaluationContext());
  }

  public Poll poll(MailboxSettings mailbox, InboundMessageHandler handler)
      throws MessagingException {
    AbstractMailReceiver receiver =
        mailbox.isPop3() ? pop3Receiver(mailbox) : imapReceiver(mailbox);
    int acknowledged = 0;
    int failed = 0;
    Folder folder = null;
    try {
      Object[] received = receiver.receive();
      for (Object each : received) {
        MimeMessage mail =
            (MimeMessage) ((org.springframework.messaging.Message<?>) each).getPayload();
        folder = mail.getFolder();
        if (deliver(mailbox, mail, handler)) {
          acknowledged++;
        } else {
          failed++;
        }
      }
      return new Poll(received.length, acknowledged, failed);
    } finally {
      if (mailbox.isPop3() && folder != null && folder.isOpen()) {
        // Expunging is what makes a POP3 server delete the acknowledged mail (DELE, then QUIT).
        folder.close(true);
      }
      receiver.destroy();
    }
  }

  boolean deliver(MailboxSettings mailbox, MimeMessage mail, InboundMessageHandler handler) {
    try {
      byte[] raw = rawOf(mail);
      try {
        handler.handle(mailbox.tenantId(), parser.parse(mailbox.name(), raw, clock.instant()));
      } catch (UnreadableMessageException e) {
        handler.quarantine(mailbox.tenantId(), mailbox.name(), raw, e.getMessage());
      }
      acknowledgement.acknowledge(mailbox, mail);
      return true;
    } catch (MessagingException | IOException | RuntimeException e) {
      // Left unseen: the next poll brings it again.
      log.warn("Mail in {} not done, retried at the next poll: {}", mailbox, e.toString());
      return false;
    }
  }

  private static byte[] rawOf(MimeMessage mail) throws MessagingException, IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    mail.writeTo(out);
    return out.toByteArray();
  }

  ImapMailReceiver imapReceiver(MailboxSettings mailbox) {
    ImapMailReceiver imap = new ImapMailReceiver(url(mailbox));
    imap.setShouldMarkMessagesAsRead(false);
    imap.setSearchTermStrategy((flags, folder) -> new FlagTerm(new Flags(Flags.Flag.SEEN), false));
    configure(imap, mailbox);
    return imap;
  }

  private AbstractMailReceiver pop3Receiver(MailboxSettings mailbox) {
    Pop3MailReceiver pop3 = new Pop3MailReceiver(url(mailbox));
    configure(pop3, mailbox);
    return pop3;
  }

  static String url(MailboxSettings mailbox) {
    return "%s://%s:%s@%s:%d/%s"
        .formatted(
            mailbox.protocol(),
            encoded(mailbox.username()),
            encoded(mailbox.password()),
            mailbox.host(),
            mailbox.port(),
            mailbox.isPop3() ? "INBOX" : mailbox.folder());
  }

  private void configure(AbstractMailReceiver receiver, MailboxSettings mailbox) {
    // Deleting (POP3) is the acknowledgement's job, after the handler committed.
    receiver.setShouldDeleteMessages(false);
    // Messages stay attached to the open folder, so they can be flagged after the handler.
    receiver.setAutoCloseFolder(false);
    receiver.setMaxFetchSize(maxPerPoll);
    receiver.setJavaMailProperties(properties(mailbox.protocol()));
    receiver.setBeanFactory(beanFactory);
    receiver.setTaskScheduler(scheduler);
    receiver.afterPropertiesSet();
  }

  static Properties properties(String protocol) {
    Properties properties = new Properties();
    // Reading the body must not set \Seen: only the acknowledgement does.
    properties.setProperty("mail." + protocol + ".peek", "true");
    properties.setProperty("mail." + protocol + ".connectiontimeout", "10000");
    properties.setProperty("mail." + protocol + ".timeout", "30000");
    properties.setProperty("mail.mime.allowutf8", "true");
    return properties;
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
