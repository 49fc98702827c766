package io.atumdesk.live;

import java.time.Instant;

/** Someone who typed on a ticket's page, last at {@code at}. */
public record Typist(String user, String name, Instant at) {}
