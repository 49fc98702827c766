package io.atumdesk.chat;

import io.atumdesk.core.TenantContext;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work as a tenant in one transaction. The tenant is bound first, because Hibernate reads it
 * when the transaction's session opens.
 */
@Component
class TenantWork {

  private final TransactionTemplate transaction;

  TenantWork(PlatformTransactionManager transactions) {
    this.transaction = new TransactionTemplate(transactions);
  }

  <T> T call(String tenantId, Supplier<T> work) {
    return TenantContext.callAs(tenantId, () -> transaction.execute(status -> work.get()));
  }

  void run(String tenantId, Runnable work) {
    call(
        tenantId,
        () -> {
          work.run();
          return null;
        });
  }
}
