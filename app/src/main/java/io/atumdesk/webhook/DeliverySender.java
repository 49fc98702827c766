package io.atumdesk.webhook;

import io.atumdesk.channel.ChannelSecrets;
import io.atumdesk.connectors.webhook.WebhookCall;
import io.atumdesk.connectors.webhook.WebhookDispatch;
import io.atumdesk.connectors.webhook.WebhookOutcome;
import io.atumdesk.core.Backoff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due deliveries through the {@code webhooks-outbound} route: each is claimed in a short
 * transaction, sent outside any, and its outcome written in another; failures wait by the one
 * backoff policy, and after the last try or a final answer the delivery is a dead letter.
 */
@Component
public class DeliverySender {

  private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);
  private static final Duration CLAIM = Duration.ofMinutes(2);

  private final Deliveries deliveries;
  private final Subscriptions subscriptions;
  private final ChannelSecrets secrets;
  private final WebhookDispatch dispatch;
  private final WebhookProperties properties;
  private final TransactionTemplate transaction;
  private final Clock clock;

  DeliverySender(
      Deliveries deliveries,
      Subscriptions subscriptions,
      ChannelSecrets secrets,
      WebhookDispatch dispatch,
      WebhookProperties properties,
      PlatformTransactionManager transactions,
      Clock clock) {
    this.deliveries = deliveries;
    this.subscriptions = subscriptions;
    this.secrets = secrets;
    this.dispatch = dispatch;
    this.properties = properties;
    this.transaction = new TransactionTemplate(transactions);
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${atum.webhooks.send-interval:PT5S}",
      initialDelayString = "${atum.webhooks.send-interval:PT5S}")
  void onSchedule() {
    if (properties.sending()) {
      sendDue(clock.instant());
    }
  }

  /** Sends what is due at {@code now}; returns how many were tried. */
  public int sendDue(Instant now) {
    List<Long> due =
        transaction.execute(
            s -> deliveries.findDue(now, PageRequest.of(0, properties.batchSize())));
    int tried = 0;
    for (Long id : due) {
      WebhookCall call = claim(id, now);
      if (call != null) {
        WebhookOutcome outcome = dispatch.send(call);
        transaction.executeWithoutResult(s -> record(id, outcome, now));
        tried++;
      }
    }
    return tried;
  }

  private WebhookCall claim(Long id, Instant now) {
    try {
      return transaction.execute(
          s -> {
            Delivery delivery = deliveries.findById(id).orElse(null);
            if (delivery == null || delivery.status() != Delivery.Status.PENDING) {
              return null;
            }
            Subscription subscription =
                subscriptions.findById(delivery.subscriptionId()).orElse(null);
            if (subscription == null || !subscription.active()) {
              delivery.abandon("the subscription is switched off");
              return null;
            }
            delivery.claim(now.plus(CLAIM));
            return new WebhookCall(
                delivery.deliveryId(),
                delivery.event(),
                subscription.url(),
                secrets.decrypt(subscription.sealedSecret()),
                delivery.body());
          });
    } catch (ObjectOptimisticLockingFailureException takenByAnotherNode) {
      return null;
    }
  }

  private void record(Long id, WebhookOutcome outcome, Instant now) {
    // Gone when its subscription was deleted meanwhile: nothing left to note.
    deliveries.findById(id).ifPresent(delivery -> record(delivery, outcome, now));
  }

  private void record(Delivery delivery, WebhookOutcome outcome, Instant now) {
    Backoff backoff = properties.retry().backoff();
    delivery.tried(outcome, now, backoff.after(delivery.attempts() + 1));
    if (delivery.status() == Delivery.Status.DEAD) {
      log.warn(
          "Webhook delivery {} ({}) is a dead letter after {} tries: {}",
          delivery.deliveryId(),
          delivery.event(),
          delivery.attempts(),
          outcome.reason());
    }
  }
}
