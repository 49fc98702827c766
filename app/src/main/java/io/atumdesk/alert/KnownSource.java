package io.atumdesk.alert;

import io.atumdesk.connectors.alert.AlertFormat;

/**
 * An alert source as the hooks and the route see it, read before any tenant is bound.
 *
 * @param id the key in its URL
 * @param resolveOnRecovery its own recovery setting, or null to follow {@code
 *     atum.alerts.resolve-on-recovery}
 */
record KnownSource(
    String id,
    String tenant,
    AlertFormat type,
    String sealedSecret,
    String category,
    Boolean resolveOnRecovery,
    boolean enabled) {}
