package io.atumdesk.live;

import java.time.Instant;
import java.util.List;

/**
 * Who else is on a ticket's page now, and who typed there since the asked instant; {@code at} is
 * the server's time, for the page to ask "since" with next.
 */
public record PresenceView(Instant at, List<Viewer> others, List<Typist> typedSince) {}
