package io.atumdesk.webhook;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Subscriptions, always asked for by their tenant. */
interface Subscriptions extends JpaRepository<Subscription, Long> {

  List<Subscription> findByTenantIdAndActiveTrue(String tenantId);

  List<Subscription> findByTenantIdOrderById(String tenantId);
}
