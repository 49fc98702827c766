package io.atumdesk.ticket;

/** The requester rated a resolved ticket; {@code previousScore} is null for a first rating. */
public record TicketRated(
    String tenantId, Long ticketId, TicketKey key, int score, Integer previousScore) {}
