package io.atumdesk.change;

import java.time.Instant;

/**
 * A window to implement a change in. {@code overrideReason} records why an emergency change may run
 * inside a blackout window; other changes cannot override one.
 */
public record ScheduleChange(Instant plannedStart, Instant plannedEnd, String overrideReason) {}
