package io.atumdesk.cmdb;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out per-tenant item numbers inside the caller's transaction: CMDB writes are rare admin
 * work and imports, so holding the counter row until commit costs nothing, and an import takes its
 * numbers one after another without a transaction each.
 */
@Component
class CiKeys {

  private final JdbcTemplate jdbc;

  CiKeys(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  CiKey next(String tenantId) {
    int updated =
        jdbc.update(
            "UPDATE ci_key_counter SET last_value = last_value + 1 WHERE tenant_id = ?", tenantId);
    if (updated == 0) {
      jdbc.update("INSERT INTO ci_key_counter (tenant_id, last_value) VALUES (?, 1)", tenantId);
      return CiKey.of(1);
    }
    return CiKey.of(
        jdbc.queryForObject(
            "SELECT last_value FROM ci_key_counter WHERE tenant_id = ?", Long.class, tenantId));
  }
}
