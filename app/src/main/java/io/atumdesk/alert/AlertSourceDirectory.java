package io.atumdesk.alert;

import io.atumdesk.connectors.alert.AlertFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds a source by the key in its URL, across tenants: keys are unique because they are the URL,
 * and this lookup runs before any tenant is known; everything after it runs as the source's tenant.
 */
@Component
class AlertSourceDirectory {

  private final JdbcClient jdbc;

  AlertSourceDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<KnownSource> find(String key) {
    return jdbc.sql(
            "select source_key, tenant_id, format, secret, category, resolve_on_recovery, enabled"
                + " from alert_source where source_key = ?")
        .param(key)
        .query(
            (row, n) ->
                new KnownSource(
                    row.getString("source_key"),
                    row.getString("tenant_id"),
                    AlertFormat.valueOf(row.getString("format")),
                    row.getString("secret"),
                    row.getString("category"),
                    row.getObject("resolve_on_recovery", Boolean.class),
                    row.getBoolean("enabled")))
        .optional();
  }

  boolean exists(String key) {
    return find(key).isPresent();
  }
}
