package io.atumdesk.webhook;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ConflictException;
import io.atumdesk.core.NotFoundException;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The delivery log for admins: the latest deliveries, one with its answer, and sending again. */
@Service
@Transactional
public class DeliveryAdministration {

  private static final int LATEST = 100;

  private final Deliveries deliveries;
  private final Clock clock;

  DeliveryAdministration(Deliveries deliveries, Clock clock) {
    this.deliveries = deliveries;
    this.clock = clock;
  }

  /** The latest 100, newest first; only those of one status when it is given. */
  @Transactional(readOnly = true)
  public List<Delivery> latest(Actor actor, Delivery.Status status) {
    SubscriptionAdministration.requireAdmin(actor);
    var page = PageRequest.of(0, LATEST);
    return status == null
        ? deliveries.findByTenantIdOrderByIdDesc(actor.tenantId(), page)
        : deliveries.findByTenantIdAndStatusOrderByIdDesc(actor.tenantId(), status, page);
  }

  @Transactional(readOnly = true)
  public Delivery get(Actor actor, Long id) {
    SubscriptionAdministration.requireAdmin(actor);
    return deliveries
        .findByTenantIdAndId(actor.tenantId(), id)
        .orElseThrow(() -> new NotFoundException("Webhook delivery", id));
  }

  /** Sends a dead letter again, with a fresh round of tries starting at the next send. */
  public Delivery retry(Actor actor, Long id) {
    Delivery delivery = get(actor, id);
    if (delivery.status() != Delivery.Status.DEAD) {
      throw new ConflictException(
          "Delivery %d is %s; only dead letters are sent again by hand."
              .formatted(id, delivery.status()));
    }
    delivery.retry(clock.instant());
    return delivery;
  }
}
