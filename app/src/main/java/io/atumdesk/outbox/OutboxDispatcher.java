package io.atumdesk.outbox;

import io.atumdesk.core.TenantContext;
import io.atumdesk.outbox.OutboxClaims.Claim;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the due messages of every tenant, on a schedule unless turned off, or when asked (tests
 * pass the time instead of waiting for it). Safe on many nodes: each round claims its own rows.
 */
@Component
public class OutboxDispatcher {

  private final OutboxClaims claims;
  private final OutboxDelivery delivery;
  private final OutboxProperties properties;
  private final Clock clock;

  OutboxDispatcher(
      OutboxClaims claims, OutboxDelivery delivery, OutboxProperties properties, Clock clock) {
    this.claims = claims;
    this.delivery = delivery;
    this.properties = properties;
    this.clock = clock;
  }

  @Scheduled(
      fixedDelayString = "${atum.outbox.interval:PT10S}",
      initialDelayString = "${atum.outbox.interval:PT10S}")
  void onSchedule() {
    if (properties.dispatching()) {
      dispatchDue(clock.instant());
    }
  }

  /** Sends every message due at {@code now}, batch by batch; returns how many were tried. */
  public int dispatchDue(Instant now) {
    int tried = 0;
    List<Claim> batch;
    do {
      batch = claims.claim(now, properties.batchSize(), properties.lease());
      for (Claim claim : batch) {
        TenantContext.runAs(claim.tenantId(), () -> delivery.deliver(claim, now));
      }
      tried += batch.size();
    } while (batch.size() == properties.batchSize());
    return tried;
  }
}
