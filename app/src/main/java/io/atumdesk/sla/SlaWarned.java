package io.atumdesk.sla;

import java.time.Instant;

/** A clock reached the warning share of its target. */
public record SlaWarned(Long ticketId, String tenantId, SlaKind kind, double share, Instant at) {}
