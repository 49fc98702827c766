package io.atumdesk.connectors;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.mail.inbound.ImapIdleChannelAdapter;
import org.springframework.integration.mail.inbound.ImapMailReceiver;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;

/**
 * Keeps an IMAP IDLE session (RFC 2177) open on one mailbox with Spring Integration's {@link
 * ImapIdleChannelAdapter} and hands each new mail to the handler as it arrives, acknowledged as by
 * {@link MailboxReader} (SEEN only after the handler committed). A dropped connection is reported
 * to the listener and retried after the reconnect delay; {@link #close()} ends it.
 *
 * <p>Each IDLE command is ended after the refresh interval and unseen mail searched for before the
 * next one, so a mail the server delivered without announcing it (as between SELECT and IDLE) is
 * read within that interval instead of waiting for the next mail.
 */
public class MailboxWatch implements AutoCloseable {

  /** Hears how the watch is doing, so polling can stand in while it is not idling. */
  public interface Listener {

    /** The mailbox was read and IDLE is waiting for the next mail. */
    void idling(MailboxSettings mailbox);

    /** The IDLE session failed; it is retried after the reconnect delay. */
    void dropped(MailboxSettings mailbox, String error);
  }

  private final ImapIdleChannelAdapter adapter;

  MailboxWatch(ImapIdleChannelAdapter adapter) {
    this.adapter = adapter;
  }

  /** Opens the IDLE session on its own thread and returns at once. */
  public static MailboxWatch start(
      MailboxReader reader,
      MailboxSettings mailbox,
      InboundMessageHandler handler,
      Listener listener,
      Duration reconnectDelay,
      Duration refresh) {
    ImapMailReceiver receiver = reader.imapReceiver(mailbox);
    receiver.setCancelIdleInterval(Math.max(1, refresh.toSeconds()));
    DirectChannel mails = new DirectChannel();
    mails.subscribe(
        message -> {
          if (reader.deliver(mailbox, (MimeMessage) message.getPayload(), handler)) {
            listener.idling(mailbox);
          }
        });
    ImapIdleChannelAdapter adapter = new ImapIdleChannelAdapter(receiver);
    adapter.setOutputChannel(mails);
    adapter.setBeanFactory(reader.beanFactory);
    adapter.setBeanName("idle-" + mailbox.tenantId() + "-" + mailbox.name());
    adapter.setReconnectDelay(reconnectDelay.toMillis());
    SimpleAsyncTaskScheduler thread = new SimpleAsyncTaskScheduler();
    thread.setThreadNamePrefix("mail-idle-");
    adapter.setTaskExecutor(thread);
    adapter.setApplicationEventPublisher(event -> listener.dropped(mailbox, String.valueOf(event)));
    adapter.afterPropertiesSet();
    adapter.start();
    listener.idling(mailbox);
    return new MailboxWatch(adapter);
  }

  public boolean isRunning() {
    return adapter.isRunning();
  }

  @Override
  public void close() {
    adapter.stop();
    adapter.destroy();
  }
}
