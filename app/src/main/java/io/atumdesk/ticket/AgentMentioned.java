package io.atumdesk.ticket;

/**
 * A staff member was named with {@code @username} in an internal note; {@code excerpt} is the start
 * of the note, plain text.
 */
public record AgentMentioned(
    String tenantId,
    Long ticketId,
    TicketKey ticketKey,
    String mentioned,
    String by,
    String excerpt) {}
