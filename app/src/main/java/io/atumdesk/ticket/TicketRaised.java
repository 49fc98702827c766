package io.atumdesk.ticket;

/** A ticket was raised; its process starts in the same transaction. */
public record TicketRaised(
    Long ticketId, TicketKey key, TicketType type, String tenantId, String requester) {}
