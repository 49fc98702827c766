package io.atumdesk.webhook;

import io.atumdesk.connectors.webhook.HostResolver;
import io.atumdesk.connectors.webhook.TargetPolicy;
import io.atumdesk.core.AdminSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The address policy of outbound webhooks from the settings, and the admin page. */
@Configuration
class WebhookConfiguration {

  @Bean
  TargetPolicy webhookTargetPolicy(WebhookProperties properties) {
    return new TargetPolicy(properties.allow(), properties.deny(), HostResolver.SYSTEM);
  }

  @Bean
  AdminSection webhookAdminSection() {
    return new AdminSection("webhooks", "webhooks", 40);
  }
}
