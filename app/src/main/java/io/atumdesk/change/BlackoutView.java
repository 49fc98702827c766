package io.atumdesk.change;

import java.time.Instant;

/** A blackout window as the API, the calendar and the admin page show it. */
public record BlackoutView(
    Long id,
    String name,
    Instant startsAt,
    Instant endsAt,
    String reason,
    String createdBy,
    long version) {}
