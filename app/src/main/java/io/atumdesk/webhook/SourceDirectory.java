package io.atumdesk.webhook;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which tenant owns a source name. Names are unique across tenants because they are the URL, and
 * this one lookup runs before any tenant is known; everything after it runs as that tenant.
 */
@Component
class SourceDirectory {

  private final JdbcClient jdbc;

  SourceDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<String> tenantOf(String name) {
    return jdbc.sql("select tenant_id from webhook_source where name = ?")
        .param(name)
        .query(String.class)
        .optional();
  }
}
