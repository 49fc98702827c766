package io.atumdesk.cmdb.web;

import io.atumdesk.cmdb.CiState;
import io.atumdesk.cmdb.ConfigurationItem;
import io.atumdesk.cmdb.Criticality;
import java.time.Instant;
import java.util.Map;

/** A configuration item as the API shows it; {@code version} goes back with every change. */
record CiView(
    String key,
    String name,
    String type,
    CiState state,
    String owner,
    Criticality criticality,
    Map<String, Object> attributes,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  static CiView of(ConfigurationItem item) {
    return new CiView(
        item.key().value(),
        item.name(),
        item.typeKey(),
        item.state(),
        item.owner(),
        item.criticality(),
        item.attributes(),
        item.version(),
        item.createdAt(),
        item.updatedAt());
  }
}
