package io.atumdesk.sla;

import java.time.Instant;

/** A clock passed its target (share 1.0) or a later escalation checkpoint (share above 1). */
public record SlaBreached(Long ticketId, String tenantId, SlaKind kind, double share, Instant at) {}
