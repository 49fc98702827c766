package io.atumdesk.live;

import java.util.List;
import java.util.Objects;

/**
 * One server-sent event for the streams of one tenant: a name pages react to ({@code
 * hx-trigger="sse:ticket-changed"}) and small JSON data, never HTML.
 */
record Signal(String tenantId, String event, Audience audience, Object data) {

  Signal {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(audience, "audience");
  }

  /** The data as one recipient sees it: a presence list leaves the recipient out. */
  Object dataFor(String username) {
    if (data instanceof List<?> list && list.stream().allMatch(Viewer.class::isInstance)) {
      return list.stream().map(Viewer.class::cast).filter(v -> !v.user().equals(username)).toList();
    }
    return data;
  }
}
