package io.atumdesk.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The delivery log: due ones for the sender, a tenant's latest for admins. */
interface Deliveries extends JpaRepository<Delivery, Long> {

  @Query(
      "select d.id from Delivery d where d.status = io.atumdesk.webhook.Delivery.Status.PENDING"
          + " and d.nextAttemptAt <= ?1 order by d.nextAttemptAt, d.id")
  List<Long> findDue(Instant now, Pageable limit);

  List<Delivery> findByTenantIdOrderByIdDesc(String tenantId, Pageable limit);

  List<Delivery> findByTenantIdAndStatusOrderByIdDesc(
      String tenantId, Delivery.Status status, Pageable limit);

  Optional<Delivery> findByTenantIdAndId(String tenantId, Long id);

  List<Delivery> findBySubscriptionIdOrderById(Long subscriptionId);
}
