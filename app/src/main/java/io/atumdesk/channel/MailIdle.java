package io.atumdesk.channel;

import io.atumdesk.channel.MailboxHealth.Mode;
import io.atumdesk.connectors.MailboxProbe;
import io.atumdesk.connectors.MailboxSettings;
import io.atumdesk.connectors.MailboxWatch;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Watches IMAP mailboxes with IDLE, so mail becomes a ticket as it arrives: every enabled one at
 * start (when {@code atum.channel.mail.idle}), and again whenever an admin adds, changes or
 * disables one, without a restart. A server without IDLE, and POP3, stay with the poller.
 */
@Component
public class MailIdle implements MailboxWatch.Listener {

  private static final Logger log = LoggerFactory.getLogger(MailIdle.class);
  private final Map<String, MailboxWatch> watches = new ConcurrentHashMap<>();
  private final EnabledMailboxes mailboxes;
  private final MailPoller poller;
  private final InboundMail inbound;
  private final MailboxHealth health;
  private final ChannelProperties.Mail settings;

  MailIdle(
      EnabledMailboxes mailboxes,
      MailPoller poller,
      InboundMail inbound,
      MailboxHealth health,
      ChannelProperties properties) {
    this.mailboxes = mailboxes;
    this.poller = poller;
    this.inbound = inbound;
    this.health = health;
    this.settings = properties.mail();
  }

  @EventListener(ApplicationReadyEvent.class)
  void watchAll() {
    if (settings.idle()) {
      mailboxes.all().forEach(this::watch);
    }
  }

  @TransactionalEventListener
  void on(MailboxChanged changed) {
    String key = changed.tenantId() + "/" + changed.name();
    if (settings.idle() || watches.containsKey(key)) {
      stop(changed.tenantId(), changed.name());
      mailboxes.find(changed.tenantId(), changed.name()).ifPresent(this::watch);
    }
  }

  /** Starts watching the mailbox, in place of any watch it had; false when IDLE cannot serve it. */
  public boolean watch(MailboxSettings mailbox) {
    stop(mailbox.tenantId(), mailbox.name());
    if (mailbox.isPop3()) {
      return false;
    }
    MailboxProbe.Probe probe = new MailboxProbe().probe(mailbox);
    if (!probe.idle()) {
      log.info("Mailbox {} is polled: {}", mailbox, probe.answer());
      health.failed(mailbox, Mode.POLLING, probe.connected() ? null : probe.answer());
      return false;
    }
    watches.put(
        key(mailbox),
        MailboxWatch.start(
            poller.reader(),
            mailbox,
            inbound,
            this,
            settings.idleReconnectDelay(),
            settings.idleRefresh()));
    health.read(mailbox, Mode.IDLE);
    return true;
  }

  public void stop(String tenantId, String mailbox) {
    MailboxWatch watch = watches.remove(tenantId + "/" + mailbox);
    if (watch != null) {
      watch.close();
    }
    health.forget(tenantId, mailbox);
  }

  @Override
  public void idling(MailboxSettings mailbox) {
    if (watched(mailbox)) {
      health.read(mailbox, Mode.IDLE);
    }
  }

  @Override
  public void dropped(MailboxSettings mailbox, String error) {
    if (!watched(mailbox)) {
      return; // the last word of a watch we stopped (disabled or replaced), not a dropped one
    }
    log.warn("IDLE on {} dropped, polled until it is back: {}", mailbox, error);
    health.failed(mailbox, Mode.IDLE_DROPPED, error);
  }

  @jakarta.annotation.PreDestroy
  void stopAll() {
    watches.keySet().forEach(key -> watches.remove(key).close());
  }

  private boolean watched(MailboxSettings mailbox) {
    return watches.containsKey(key(mailbox));
  }

  private static String key(MailboxSettings mailbox) {
    return mailbox.tenantId() + "/" + mailbox.name();
  }
}
