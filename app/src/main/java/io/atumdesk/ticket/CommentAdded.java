package io.atumdesk.ticket;

/** Someone replied or wrote a note on a ticket. */
public record CommentAdded(
    Long ticketId, TicketKey key, String author, boolean internal, boolean byRequester) {}
