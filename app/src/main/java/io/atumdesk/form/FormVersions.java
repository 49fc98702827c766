package io.atumdesk.form;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The versions of forms tenants published. Queried by an explicit tenant id, not Hibernate's
 * filter: forms are also read on engine threads, which run as the root tenant and would see all.
 */
@Repository
class FormVersions {

  private final JdbcTemplate jdbc;

  FormVersions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The newest version published at or before {@code at} (null: the newest of all). */
  Optional<FormVersion> current(String tenantId, String formKey, Instant at) {
    return jdbc
        .query(
            "SELECT form_key, version_number, schema_json, published_by, published_at"
                + " FROM form_version WHERE tenant_id = ? AND form_key = ? AND published_at <= ?"
                + " ORDER BY version_number DESC FETCH FIRST 1 ROWS ONLY",
            (rs, row) ->
                new FormVersion(
                    rs.getString(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant()),
            tenantId,
            formKey,
            Timestamp.from(at == null ? Instant.parse("9999-12-31T00:00:00Z") : at))
        .stream()
        .findFirst();
  }

  List<String> keys(String tenantId) {
    return jdbc.queryForList(
        "SELECT DISTINCT form_key FROM form_version WHERE tenant_id = ?", String.class, tenantId);
  }

  /** After the tenant's newest version; a shipped form is version 1, so its first own is 2. */
  int nextNumber(String tenantId, String formKey, boolean shipped) {
    Integer last =
        jdbc.queryForObject(
            "SELECT MAX(version_number) FROM form_version WHERE tenant_id = ? AND form_key = ?",
            Integer.class,
            tenantId,
            formKey);
    return last != null ? last + 1 : shipped ? 2 : 1;
  }

  void insert(String tenantId, FormVersion version) {
    jdbc.update(
        "INSERT INTO form_version (tenant_id, form_key, version_number, schema_json, published_by,"
            + " published_at) VALUES (?, ?, ?, ?, ?, ?)",
        tenantId,
        version.formKey(),
        version.number(),
        version.json(),
        version.publishedBy(),
        Timestamp.from(version.publishedAt()));
  }

  /** One published version of a form. */
  record FormVersion(
      String formKey, int number, String json, String publishedBy, Instant publishedAt) {}
}
