package io.atumdesk.ticket;

/** What it takes to raise a ticket; {@code requester} defaults to the caller. */
public record RaiseTicket(
    TicketType type,
    String subject,
    String description,
    Level impact,
    Level urgency,
    String category,
    String requester) {}
