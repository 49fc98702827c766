package io.atumdesk.chat;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which tenant a widget's public id belongs to. Visitors are nobody's users, so their requests
 * carry no tenant; this one lookup, by the globally unique public id, finds it, and everything
 * after runs as that tenant under the usual {@code @TenantId} filtering.
 */
@Component
class WidgetDirectory {

  private final JdbcTemplate jdbc;

  WidgetDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<String> tenantOf(String publicId) {
    if (publicId == null || publicId.length() > 40) {
      return Optional.empty();
    }
    return jdbc
        .query(
            "SELECT tenant_id FROM chat_widget WHERE public_id = ?",
            (rs, row) -> rs.getString(1),
            publicId)
        .stream()
        .findFirst();
  }

  /** The origins a widget may be embedded on (for CORS), whatever tenant asks. */
  java.util.List<String> allowedOrigins(String publicId) {
    return jdbc
        .query(
            "SELECT allowed_origins FROM chat_widget WHERE public_id = ? AND enabled = TRUE",
            (rs, row) -> rs.getString(1),
            publicId)
        .stream()
        .flatMap(origins -> java.util.Arrays.stream(origins.split(" ")))
        .filter(origin -> !origin.isBlank())
        .toList();
  }
}
