package io.atumdesk.cmdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.IntegrationTest;
import io.atumdesk.core.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Impact analysis when an item's failure reaches more items than one lookup by id takes: the
 * services are then found along the type index, and still only those reached count.
 */
@IntegrationTest
class CmdbWideImpactIntegrationTests {

  static final int SERVERS = ItemRefs.FEW + 100;

  @Autowired Impacts impacts;
  @Autowired JdbcTemplate jdbc;

  @Test
  void findsTheOneServiceAmongHundredsOfItemsAWideFailureReaches() {
    String run = Long.toString(System.nanoTime() % 1_000_000_000L);
    String uplink = item("CI-8" + run + "0000", "uplink-" + run, "network-device", null);
    List<String> servers = new ArrayList<>();
    for (int i = 0; i < SERVERS; i++) {
      servers.add(
          item("CI-8" + run + "1%03d".formatted(i), "rack-" + run + "-" + i, "server", null));
      relate(servers.get(i), "CONNECTS_TO", uplink);
    }
    String hit = item("CI-8" + run + "2000", "Billing " + run, "service", "HIGH");
    item("CI-8" + run + "2001", "Untouched " + run, "service", "CRITICAL");
    relate(hit, "RUNS_ON", servers.get(SERVERS - 1));

    Impact impact = TenantContext.callAs("acme", () -> impacts.impactOf(new CiKey(uplink)));

    assertThat(impact.services()).hasSize(1);
    assertThat(impact.services().get(0).path())
        .extracting(ref -> ref.key().value())
        .containsExactly(uplink, servers.get(SERVERS - 1), hit);
    assertThat(impact.highest()).isEqualTo(Criticality.HIGH);
    assertThat(impact.truncated()).isFalse();
  }

  private String item(String key, String name, String type, String criticality) {
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.update(
        "INSERT INTO configuration_item (tenant_id, ci_key, name, type_key, state, criticality,"
            + " attributes, created_at, updated_at, version)"
            + " VALUES ('acme', ?, ?, ?, 'IN_SERVICE', ?, '{}', ?, ?, 0)",
        key,
        name,
        type,
        criticality,
        now,
        now);
    return key;
  }

  private void relate(String source, String kind, String target) {
    jdbc.update(
        "INSERT INTO ci_relation (tenant_id, source_id, target_id, kind, created_by, created_at)"
            + " SELECT 'acme', s.id, t.id, ?, 'test', ? FROM configuration_item s, configuration_item t"
            + " WHERE s.tenant_id = 'acme' AND s.ci_key = ? AND t.tenant_id = 'acme' AND t.ci_key = ?",
        kind,
        Timestamp.from(Instant.now()),
        source,
        target);
  }
}
