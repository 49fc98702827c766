package io.atumdesk.outbox;

import io.atumdesk.channel.AccountSettings;
import io.atumdesk.connectors.outbound.DeliveryException;
import io.atumdesk.connectors.outbound.OutboundMessage;
import io.atumdesk.connectors.outbound.OutboundTransport;
import io.atumdesk.core.Backoff;
import io.atumdesk.notification.Notifications;
import io.atumdesk.outbox.OutboxClaims.Claim;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one claimed message through its channel's transport with its account's settings, outside
 * any transaction, then records what happened under the claim: sent with the channel's id, tried
 * again later by the backoff, or a dead letter with the reason.
 */
@Component
class OutboxDelivery {

  private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
  private final OutboxMessages messages;
  private final Map<String, OutboundTransport> transports;
  private final Map<String, AccountSettings> accounts;
  private final OutboundFiles files;
  private final Notifications notifications;
  private final Backoff backoff;
  private final TransactionTemplate transaction;

  OutboxDelivery(
      OutboxMessages messages,
      List<OutboundTransport> transports,
      List<AccountSettings> accounts,
      OutboundFiles files,
      Notifications notifications,
      OutboxProperties properties,
      PlatformTransactionManager transactions) {
    this.messages = messages;
    this.transports = byChannel(transports, OutboundTransport::channel);
    this.accounts = byChannel(accounts, AccountSettings::channel);
    this.files = files;
    this.notifications = notifications;
    this.backoff = properties.backoff();
    this.transaction = new TransactionTemplate(transactions);
  }

  /** Runs in the message's tenant. */
  void deliver(Claim claim, Instant now) {
    Prepared prepared = transaction.execute(status -> prepare(claim));
    if (prepared == null) {
      return;
    }
    if (prepared.problem() != null) {
      record(claim, m -> m.dead(prepared.problem()));
      return;
    }
    try {
      String id = prepared.transport().send(prepared.message(), prepared.settings());
      record(claim, m -> m.sent(id, now));
    } catch (DeliveryException e) {
      log.info("Outbox message {} not delivered: {}", claim.id(), e.getMessage());
      Optional<Instant> next =
          e.permanent() ? Optional.empty() : backoff.after(attempts(claim) + 1).map(now::plus);
      record(claim, m -> m.failed(e.getMessage(), next));
    } catch (RuntimeException e) {
      log.warn("Outbox message {} failed unexpectedly", claim.id(), e);
      Optional<Instant> next = backoff.after(attempts(claim) + 1).map(now::plus);
      record(claim, m -> m.failed("Unexpected error: " + e, next));
    }
  }

  private Prepared prepare(Claim claim) {
    OutboxMessage message = messages.findById(claim.id()).orElse(null);
    if (message == null || !message.claimedBy(claim.claim())) {
      return null;
    }
    OutboundTransport transport = transports.get(message.channel());
    if (transport == null) {
      return Prepared.problem("No transport sends on channel '" + message.channel() + "'.");
    }
    AccountSettings settings = accounts.get(message.channel());
    Optional<Map<String, String>> account =
        message.account() == null || settings == null
            ? Optional.empty()
            : settings.of(message.account());
    if (account.isEmpty()) {
      return Prepared.problem(
          message.account() == null
              ? "No account is set up to send on channel '" + message.channel() + "'."
              : "Account '%s' of channel '%s' is missing, disabled or cannot send."
                  .formatted(message.account(), message.channel()));
    }
    OutboundMessage outbound =
        new OutboundMessage(
            message.channel(),
            message.account(),
            message.recipient(),
            message.threadReference(),
            message.subject(),
            message.text(),
            message.html(),
            OutboxHeaders.read(message.headersJson()),
            files.of(message));
    return new Prepared(transport, outbound, account.get(), null);
  }

  private int attempts(Claim claim) {
    return transaction.execute(
        status -> messages.findById(claim.id()).map(OutboxMessage::attempts).orElse(0));
  }

  private void record(Claim claim, java.util.function.Consumer<OutboxMessage> outcome) {
    transaction.executeWithoutResult(
        status ->
            messages
                .findById(claim.id())
                .filter(m -> m.claimedBy(claim.claim()))
                .ifPresent(
                    m -> {
                      outcome.accept(m);
                      if (m.notificationId() != null && m.status() != OutboxStatus.PENDING) {
                        notifications.delivered(
                            m.notificationId(), m.status() == OutboxStatus.SENT);
                      }
                    }));
  }

  private static <T> Map<String, T> byChannel(List<T> beans, Function<T, String> channel) {
    return beans.stream().collect(Collectors.toMap(channel, Function.identity()));
  }

  private record Prepared(
      OutboundTransport transport,
      OutboundMessage message,
      Map<String, String> settings,
      String problem) {

    static Prepared problem(String reason) {
      return new Prepared(null, null, null, reason);
    }
  }
}
