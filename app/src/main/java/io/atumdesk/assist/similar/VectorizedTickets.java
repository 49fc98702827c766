package io.atumdesk.assist.similar;

import io.atumdesk.assist.TicketVectorized;
import io.atumdesk.core.TenantContext;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Once a ticket's vector is stored and searchable: groups it into an alert storm, or else flags its
 * likely duplicate. Runs after the vector's commit on the assist module's vector worker, off the
 * request path, in the ticket's tenant, each step in a transaction of its own; one ticket at a time
 * in this node, so that a storm's tickets arriving together raise one parent.
 */
@Component
class VectorizedTickets {

  private final AlertStorms storms;
  private final Duplicates duplicates;
  private final ReentrantLock oneAtATime = new ReentrantLock();

  VectorizedTickets(AlertStorms storms, Duplicates duplicates) {
    this.storms = storms;
    this.duplicates = duplicates;
  }

  @TransactionalEventListener
  void on(TicketVectorized vectorized) {
    TenantContext.runAs(
        vectorized.tenantId(),
        () -> {
          oneAtATime.lock();
          try {
            if (!storms.group(vectorized.ticketId())) {
              duplicates.check(vectorized.ticketId());
            }
          } finally {
            oneAtATime.unlock();
          }
        });
  }
}
