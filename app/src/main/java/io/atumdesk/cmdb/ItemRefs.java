package io.atumdesk.cmdb;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Items by id as {@link CiRef}s, read as five columns for a whole set at once (one array
 * parameter): impact analysis may reach thousands of items and needs only these.
 */
@Component
class ItemRefs {

  private static final String REFS =
      "SELECT c.id, c.ci_key, c.name, c.type_key, c.criticality"
          + " FROM unnest(?) AS f(id) JOIN configuration_item c ON c.id = f.id"
          + " WHERE c.tenant_id = ?";

  private static final String SERVICE = " AND c.type_key = '" + CiType.SERVICE + "'";
  private static final String SERVICES =
      "SELECT c.id, c.ci_key, c.name, c.type_key, c.criticality FROM configuration_item c"
          + " WHERE c.tenant_id = ? AND c.type_key = ?";
  static final int FEW = 500;

  private final JdbcTemplate jdbc;

  ItemRefs(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The tenant's items among {@code ids}. */
  Map<Long, CiRef> of(String tenantId, Collection<Long> ids) {
    return read(REFS, tenantId, ids);
  }

  /**
   * The tenant's business services among {@code ids}: looked up by id when there are few ids, else
   * all the tenant's services along the type index, kept if among the ids (a tenant has far fewer
   * services than a wide impact reaches items).
   */
  Map<Long, CiRef> servicesAmong(String tenantId, Set<Long> ids) {
    if (ids.size() <= FEW) {
      return read(REFS + SERVICE, tenantId, ids);
    }
    Map<Long, CiRef> services = new HashMap<>();
    jdbc.query(
        SERVICES,
        (RowCallbackHandler) row -> services.put(row.getLong(1), ref(row)),
        tenantId,
        CiType.SERVICE);
    services.keySet().retainAll(ids);
    return services;
  }

  private Map<Long, CiRef> read(String sql, String tenantId, Collection<Long> ids) {
    Map<Long, CiRef> refs = new HashMap<>();
    if (ids.isEmpty()) {
      return refs;
    }
    jdbc.query(
        con -> {
          PreparedStatement statement = con.prepareStatement(sql);
          statement.setArray(1, RelationGraph.ids(statement, ids));
          statement.setString(2, tenantId);
          return statement;
        },
        row -> {
          refs.put(row.getLong(1), ref(row));
        });
    return refs;
  }

  private static CiRef ref(ResultSet row) throws SQLException {
    String criticality = row.getString(5);
    return new CiRef(
        new CiKey(row.getString(2)),
        row.getString(3),
        row.getString(4),
        criticality == null ? null : Criticality.valueOf(criticality));
  }
}
