package io.atumdesk.channel;

import io.atumdesk.channel.MailboxHealth.Mode;
import io.atumdesk.connectors.MailParser;
import io.atumdesk.connectors.MailboxReader;
import io.atumdesk.connectors.MailboxSettings;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads every enabled mailbox of every tenant, on a schedule unless turned off, or when asked. A
 * mailbox an IDLE watch is serving is left to it; POP3 and IMAP without (or after losing) IDLE are
 * polled.
 */
@Component
public class MailPoller {

  private static final Logger log = LoggerFactory.getLogger(MailPoller.class);
  private final EnabledMailboxes mailboxes;
  private final InboundMail inbound;
  private final MailboxReader reader;
  private final ChannelProperties properties;
  private final MailboxHealth health;

  MailPoller(
      EnabledMailboxes mailboxes,
      InboundMail inbound,
      ChannelProperties properties,
      MailboxHealth health,
      Clock clock) {
    this.mailboxes = mailboxes;
    this.inbound = inbound;
    this.properties = properties;
    this.health = health;
    this.reader =
        new MailboxReader(
            new MailParser(), clock, MailboxReader.SEEN, properties.mail().maxPerPoll());
  }

  @Scheduled(
      fixedDelayString = "${atum.channel.mail.poll-interval:PT1M}",
      initialDelayString = "${atum.channel.mail.poll-interval:PT1M}")
  void onSchedule() {
    if (properties.mail().polling()) {
      pollAll(reader);
    }
  }

  /** Reads all mailboxes once with {@code reader}; returns how many mails were done with. */
  public int pollAll(MailboxReader reader) {
    int done = 0;
    for (MailboxSettings mailbox : mailboxes.all()) {
      if (health.isIdling(mailbox)) {
        continue;
      }
      try {
        done += reader.poll(mailbox, inbound).acknowledged();
        health.read(mailbox, Mode.POLLING);
      } catch (Exception e) {
        // One unreachable mailbox must not stop the others.
        log.warn("Mailbox {} could not be read: {}", mailbox, e.toString());
        health.failed(mailbox, Mode.POLLING, e.toString());
      }
    }
    return done;
  }

  public int pollAll() {
    return pollAll(reader);
  }

  MailboxReader reader() {
    return reader;
  }
}
