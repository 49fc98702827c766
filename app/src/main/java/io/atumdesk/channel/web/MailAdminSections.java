package io.atumdesk.channel.web;

import io.atumdesk.core.AdminSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The channel's pages on {@code /admin}: mailboxes, and the mail held in quarantine. */
@Configuration(proxyBeanMethods = false)
class MailAdminSections {

  @Bean
  AdminSection mailboxesSection() {
    return new AdminSection("mailboxes", "mailboxes", 10);
  }

  @Bean
  AdminSection mailQuarantineSection() {
    return new AdminSection("mailQuarantine", "mail-quarantine", 11);
  }
}
