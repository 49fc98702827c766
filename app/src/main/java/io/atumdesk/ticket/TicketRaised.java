package io.atumdesk.ticket;

import java.util.Map;

/**
 * A ticket was raised; its process starts in the same transaction, with {@code processVariables}
 * from the ticket's kind (see {@link TicketManagement#raise(io.atumdesk.core.Actor, RaiseTicket,
 * java.util.function.Function)}).
 */
public record TicketRaised(
    Long ticketId,
    TicketKey key,
    TicketType type,
    String tenantId,
    String requester,
    Map<String, Object> processVariables) {}
