package io.atumdesk.demo;

import io.atumdesk.cmdb.CiFilter;
import io.atumdesk.cmdb.CiForm;
import io.atumdesk.cmdb.CiKey;
import io.atumdesk.cmdb.CiRelationships;
import io.atumdesk.cmdb.CiState;
import io.atumdesk.cmdb.Cmdb;
import io.atumdesk.cmdb.Criticality;
import io.atumdesk.cmdb.RelationKind;
import io.atumdesk.core.Actor;
import io.atumdesk.core.TenantContext;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A small CMDB for acme, stored through the real API: two business services, E-mail and Payroll, on
 * applications, a database and servers, three levels deep. Seeded when acme has no items yet.
 */
@Component
class DemoCmdb {

  private static final String TENANT = "acme";

  private final Cmdb cmdb;
  private final CiRelationships relationships;

  DemoCmdb(Cmdb cmdb, CiRelationships relationships) {
    this.cmdb = cmdb;
    this.relationships = relationships;
  }

  void seedMissing() {
    Actor admin = Actor.system(TENANT);
    TenantContext.runAs(
        TENANT,
        () -> {
          if (cmdb.list(admin, new CiFilter(null, null, null), 0, 1).getTotalElements() > 0) {
            return;
          }
          Map<String, CiKey> keys = new HashMap<>();
          item(admin, keys, "service", "E-mail", Criticality.CRITICAL, Map.of("sla", "99.9 %"));
          item(admin, keys, "service", "Payroll", Criticality.HIGH, Map.of("sla", "99.5 %"));
          item(admin, keys, "application", "Mail gateway", null, Map.of("version", "3.4"));
          item(
              admin, keys, "application", "Webmail", null, Map.of("url", "https://mail.acme.test"));
          item(admin, keys, "application", "Payroll app", null, Map.of("version", "2026.2"));
          item(admin, keys, "database", "payroll-db", null, Map.of("engine", "PostgreSQL 17"));
          item(
              admin,
              keys,
              "server",
              "mail-01",
              null,
              Map.of("hostname", "mail-01.acme.test", "ip", "10.0.1.10", "os", "Debian 13"));
          item(
              admin,
              keys,
              "server",
              "db-01",
              null,
              Map.of(
                  "hostname", "db-01.acme.test", "ip", "10.0.2.20", "os", "Debian 13", "cpus", 16));
          item(
              admin,
              keys,
              "network-device",
              "core-switch",
              null,
              Map.of("model", "48-port L3", "location", "Server room"));
          relate(admin, keys, "E-mail", RelationKind.DEPENDS_ON, "Mail gateway");
          relate(admin, keys, "E-mail", RelationKind.DEPENDS_ON, "Webmail");
          relate(admin, keys, "Mail gateway", RelationKind.RUNS_ON, "mail-01");
          relate(admin, keys, "Webmail", RelationKind.RUNS_ON, "mail-01");
          relate(admin, keys, "Payroll", RelationKind.DEPENDS_ON, "Payroll app");
          relate(admin, keys, "Payroll app", RelationKind.DEPENDS_ON, "payroll-db");
          relate(admin, keys, "payroll-db", RelationKind.RUNS_ON, "db-01");
          relate(admin, keys, "mail-01", RelationKind.CONNECTS_TO, "core-switch");
          relate(admin, keys, "db-01", RelationKind.CONNECTS_TO, "core-switch");
        });
  }

  private void item(
      Actor admin,
      Map<String, CiKey> keys,
      String type,
      String name,
      Criticality criticality,
      Map<String, Object> attributes) {
    var form = new CiForm(type, name, CiState.IN_SERVICE, "service-desk", criticality, attributes);
    keys.put(name, cmdb.create(admin, form).key());
  }

  private void relate(
      Actor admin, Map<String, CiKey> keys, String source, RelationKind kind, String target) {
    relationships.relate(admin, keys.get(source), kind, keys.get(target));
  }
}
