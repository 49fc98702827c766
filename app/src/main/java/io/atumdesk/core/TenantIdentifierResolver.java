package io.atumdesk.core;

import java.util.Map;
import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Feeds Hibernate's {@code @TenantId} filter from {@link TenantContext}. Request threads always
 * have a tenant bound (the signed-in user's, or one that matches no row for anonymous requests), so
 * a web request can never read across tenants. Threads outside requests (the process engine's job
 * executor, start-up) run as the root tenant: a timer firing for any tenant must reach its ticket,
 * and writes there carry the ticket's own tenant id explicitly.
 */
@Component
class TenantIdentifierResolver
    implements CurrentTenantIdentifierResolver<String>, HibernatePropertiesCustomizer {

  static final String ROOT = "*system*";

  @Override
  public String resolveCurrentTenantIdentifier() {
    String tenant = TenantContext.current();
    return tenant == null ? ROOT : tenant;
  }

  @Override
  public boolean isRoot(String tenantId) {
    return ROOT.equals(tenantId);
  }

  @Override
  public boolean validateExistingCurrentSessions() {
    return false;
  }

  @Override
  public void customize(Map<String, Object> hibernateProperties) {
    hibernateProperties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, this);
  }
}
