package io.atumdesk.ticket;

/**
 * A ticket was merged into another as its duplicate, in the merge's transaction: its requester is
 * told where the work goes on.
 */
public record TicketMerged(
    String tenantId, Long ticketId, TicketKey key, TicketKey survivor, String requester) {}
