package io.atumdesk.outbox;

import io.atumdesk.core.AdminSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox's page on {@code /admin}. */
@Configuration
class OutboxConfiguration {

  @Bean
  AdminSection outboxAdminSection() {
    return new AdminSection("outbox", "outbox", 40);
  }
}
