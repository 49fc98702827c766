package io.atumdesk.channel;

import io.atumdesk.connectors.MailParser;
import io.atumdesk.connectors.MailboxReader;
import io.atumdesk.connectors.MailboxSettings;
import io.atumdesk.core.TenantContext;
import io.atumdesk.people.Tenants;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads every enabled mailbox of every tenant, on a schedule unless turned off, or when asked. */
@Component
public class MailPoller {

  private static final Logger log = LoggerFactory.getLogger(MailPoller.class);
  private final Tenants tenants;
  private final Mailboxes mailboxes;
  private final InboundMail inbound;
  private final MailboxReader reader;
  private final ChannelProperties properties;
  private final TransactionTemplate transaction;
  private final ChannelSecrets secrets;

  MailPoller(
      Tenants tenants,
      Mailboxes mailboxes,
      InboundMail inbound,
      ChannelProperties properties,
      ChannelSecrets secrets,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.secrets = secrets;
    this.tenants = tenants;
    this.mailboxes = mailboxes;
    this.inbound = inbound;
    this.properties = properties;
    this.reader =
        new MailboxReader(
            new MailParser(), clock, MailboxReader.SEEN, properties.mail().maxPerPoll());
    this.transaction = new TransactionTemplate(transactions);
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
    for (MailboxSettings mailbox : enabledMailboxes()) {
      try {
        done += reader.poll(mailbox, inbound).acknowledged();
      } catch (Exception e) {
        // One unreachable mailbox must not stop the others.
        log.warn("Mailbox {} could not be read: {}", mailbox, e.toString());
      }
    }
    return done;
  }

  public int pollAll() {
    return pollAll(reader);
  }

  private List<MailboxSettings> enabledMailboxes() {
    List<MailboxSettings> all = new ArrayList<>();
    for (var tenant : tenants.findAll()) {
      TenantContext.runAs(
          tenant.id(),
          () ->
              transaction.executeWithoutResult(
                  status ->
                      mailboxes.findByEnabledTrueOrderByName().stream()
                          .map(mailbox -> mailbox.settings(secrets))
                          .forEach(all::add)));
    }
    return all;
  }
}
