package io.atumdesk.catalog;

import io.atumdesk.core.AdminSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalog's page on the admin landing page. */
@Configuration
class CatalogConfiguration {

  @Bean
  AdminSection catalogAdminSection() {
    return new AdminSection("catalog", "catalog", 25);
  }
}
