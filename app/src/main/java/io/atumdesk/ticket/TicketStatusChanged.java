package io.atumdesk.ticket;

/** A ticket's status moved, following its process. */
public record TicketStatusChanged(
    Long ticketId, String tenantId, TicketStatus from, TicketStatus to) {}
