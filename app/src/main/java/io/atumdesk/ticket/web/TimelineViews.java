package io.atumdesk.ticket.web;

import io.atumdesk.ticket.TimelineEntry;
import java.time.Instant;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Timeline entries as the API shows them, with their stored details as JSON objects. */
@Component
class TimelineViews {

  private final JsonMapper json;

  TimelineViews(JsonMapper json) {
    this.json = json;
  }

  EntryView of(TimelineEntry e) {
    JsonNode details = e.details() == null ? null : json.readTree(e.details());
    return new EntryView(
        e.id(),
        e.kind(),
        e.actor(),
        e.occurredAt(),
        e.internal(),
        e.body(),
        e.field(),
        e.oldValue(),
        e.newValue(),
        details);
  }

  record EntryView(
      Long id,
      TimelineEntry.Kind kind,
      String actor,
      Instant at,
      boolean internal,
      String body,
      String field,
      String oldValue,
      String newValue,
      JsonNode details) {}
}
